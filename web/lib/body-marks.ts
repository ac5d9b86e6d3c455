/**
 * Which spots the body diagram marks: one mark per body area and leg, listing the findings there.
 * Awareness (knee position sense) is drawn at the knee; pelvis findings sit in the middle.
 */
import { DRIVER_AREAS } from '../../src/catalog/driver-area.js';
import type { BodyArea, Driver } from '../../src/catalog/types.js';
import type { Finding } from '../../src/assessment/types.js';

export type MarkArea = Exclude<BodyArea, 'awareness'>;
export type MarkSide = 'left' | 'right' | 'middle';

export interface BodyMark {
  readonly area: MarkArea;
  readonly side: MarkSide;
  readonly drivers: readonly Driver[];
}

const AREA_ORDER: readonly MarkArea[] = ['foot', 'ankle', 'knee', 'hip', 'pelvis'];

function sidesOf(finding: Finding, area: MarkArea): readonly MarkSide[] {
  if (area === 'pelvis') {
    return ['middle'];
  }
  return finding.side === 'both' ? ['left', 'right'] : [finding.side];
}

/** The marks for a set of findings, foot first, left before right. */
export function bodyMarks(findings: readonly Finding[]): readonly BodyMark[] {
  const marks = new Map<string, { area: MarkArea; side: MarkSide; drivers: Driver[] }>();
  for (const finding of findings) {
    const found = DRIVER_AREAS[finding.driver];
    const area: MarkArea = found === 'awareness' ? 'knee' : found;
    for (const side of sidesOf(finding, area)) {
      const key = `${area}-${side}`;
      const mark = marks.get(key) ?? { area, side, drivers: [] };
      if (!mark.drivers.includes(finding.driver)) {
        mark.drivers.push(finding.driver);
      }
      marks.set(key, mark);
    }
  }
  const sideRank = (side: MarkSide): number => ['left', 'middle', 'right'].indexOf(side);
  return [...marks.values()].sort(
    (a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area) || sideRank(a.side) - sideRank(b.side),
  );
}
