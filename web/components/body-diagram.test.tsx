import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/assessment/types.js';
import { BodyDiagram } from './body-diagram.js';

const finding = (driver: Finding['driver'], side: Finding['side']): Finding => ({
  driver,
  side,
  severity: 'moderate',
  evidence: [],
  ruleId: 'test',
});

describe('BodyDiagram', () => {
  it('numbers each marked spot and explains it in the list below the picture', () => {
    const html = renderToStaticMarkup(
      <BodyDiagram
        findings={[finding('ankle-dorsiflexion', 'left'), finding('hip-abductor-weakness', 'right')]}
      />,
    );
    expect(html.match(/class="mark /g)).toHaveLength(2);
    expect(html).toContain('Left ankle:');
    expect(html).toContain('Right hip:');
    expect(html).toContain('with 2 marked spots');
  });

  it('says so when there is nothing to mark', () => {
    const html = renderToStaticMarkup(<BodyDiagram findings={[]} />);
    expect(html).toContain('Nothing to mark');
  });
});
