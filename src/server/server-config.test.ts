import { describe, expect, it } from 'vitest';
import { loadServerConfig } from './server-config.js';

describe('loadServerConfig', () => {
  it('answers to localhost only, without accounts, by default', () => {
    expect(loadServerConfig({})).toEqual({ allowedHosts: [], auth: 'off', trustProxy: false });
  });

  it('reads the allowed host names, accounts mode and the proxy setting', () => {
    expect(
      loadServerConfig({
        KNEELINE_ALLOWED_HOSTS: ' Kneeline.Example.org, 192.168.1.20 ,',
        KNEELINE_AUTH: 'accounts',
        KNEELINE_TRUST_PROXY: '1',
      }),
    ).toEqual({ allowedHosts: ['kneeline.example.org', '192.168.1.20'], auth: 'accounts', trustProxy: true });
  });

  it.each([
    [{ KNEELINE_AUTH: 'yes' }, /KNEELINE_AUTH must be/],
    [{ KNEELINE_ALLOWED_HOSTS: 'http://x.org' }, /a host name like/],
  ])('names the variable of a mistake', (env, message) => {
    expect(() => loadServerConfig(env)).toThrow(message);
  });
});
