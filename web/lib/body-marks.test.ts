import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/assessment/types.js';
import { bodyMarks } from './body-marks.js';

const finding = (driver: Finding['driver'], side: Finding['side']): Finding => ({
  driver,
  side,
  severity: 'mild',
  evidence: [],
  ruleId: 'test',
});

describe('bodyMarks', () => {
  it('marks a finding on both legs at both feet', () => {
    const marks = bodyMarks([finding('foot-pronation', 'both')]);
    expect(marks.map((mark) => `${mark.area}-${mark.side}`)).toEqual(['foot-left', 'foot-right']);
  });

  it('marks only the leg the finding is on', () => {
    const marks = bodyMarks([finding('hip-abductor-weakness', 'right')]);
    expect(marks).toEqual([{ area: 'hip', side: 'right', drivers: ['hip-abductor-weakness'] }]);
  });

  it('puts pelvis findings in the middle and lists the foot before the hip', () => {
    const marks = bodyMarks([
      finding('anterior-pelvic-tilt', 'both'),
      finding('tfl-tightness', 'left'),
      finding('ankle-dorsiflexion', 'left'),
    ]);
    expect(marks.map((mark) => `${mark.area}-${mark.side}`)).toEqual([
      'ankle-left',
      'hip-left',
      'pelvis-middle',
    ]);
  });

  it('groups two findings at the same spot into one mark', () => {
    const marks = bodyMarks([finding('tfl-tightness', 'left'), finding('adductor-tightness', 'left')]);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.drivers).toEqual(['tfl-tightness', 'adductor-tightness']);
  });
});
