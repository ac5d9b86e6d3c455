import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { exposureWarning, parseServeArgs, startBanner } from './serve.js';

describe('parseServeArgs', () => {
  it('listens on port 3000 on this machine only by default', () => {
    expect(parseServeArgs([], {})).toEqual({ port: 3000, host: '127.0.0.1' });
  });

  it('takes the port from PORT, and --port over PORT', () => {
    expect(parseServeArgs([], { PORT: '8080' })).toMatchObject({ port: 8080 });
    expect(parseServeArgs(['--port', '9000'], { PORT: '8080' })).toMatchObject({ port: 9000 });
    expect(parseServeArgs(['--port=9001', '--host', '0.0.0.0'], {})).toEqual({ port: 9001, host: '0.0.0.0' });
  });

  it.each([
    [['--port', 'abc'], /port must be a number/],
    [['--port', '70000'], /0-65535/],
    [['--port'], /--port needs a value/],
    [['--verbose'], /unknown option "--verbose"/],
  ])('explains a mistake in %j in a sentence', (args, message) => {
    expect(() => parseServeArgs(args, {})).toThrow(UsageError);
    expect(() => parseServeArgs(args, {})).toThrow(message);
  });

  it('asks for help with --help', () => {
    expect(parseServeArgs(['--help'], {})).toBe('help');
  });
});

describe('startBanner', () => {
  const local = { allowedHosts: [], auth: 'off' } as const;

  it('tells the address it is bound to, even every interface', () => {
    const lines = startBanner('http://0.0.0.0:3000', '0.0.0.0', local);
    expect(lines[0]).toContain('running at http://0.0.0.0:3000/');
    expect(lines.join('\n')).toContain(
      'every network interface; on this machine open http://localhost:3000/',
    );
  });

  it('names the host names it answers to and whether accounts are on', () => {
    const lines = startBanner('http://127.0.0.1:3000', '127.0.0.1', {
      allowedHosts: ['kneeline.example.org'],
      auth: 'accounts',
    }).join('\n');
    expect(lines).toContain('localhost, 127.0.0.1, [::1], kneeline.example.org');
    expect(lines).toContain('accounts: on');
  });
});

describe('exposureWarning', () => {
  it('warns when bound beyond loopback without accounts', () => {
    expect(exposureWarning('0.0.0.0', { allowedHosts: [], auth: 'off' })).toMatch(
      /anyone who can reach this port can read and change/,
    );
  });

  it.each([
    ['127.0.0.1', 'off'],
    ['localhost', 'off'],
    ['0.0.0.0', 'accounts'],
  ] as const)('says nothing on %s with accounts %s', (host, auth) => {
    expect(exposureWarning(host, { allowedHosts: [], auth })).toBeNull();
  });
});

describe('run', () => {
  it('migrates a new database, serves the API and prints the URL', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kneeline-serve-'));
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--port', '0'], {
      env: { ...process.env, KNEELINE_DB: join(folder, 'kneeline.db'), DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /running at (http:\/\/\S+?)\/\s/.exec(output);
          if (match?.[1] !== undefined) {
            resolve(match[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      const response = await fetch(`${url}/api/state`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ assessment: null, program: null });
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
