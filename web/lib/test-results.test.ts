import { describe, expect, it } from 'vitest';
import { readEntry, writeEntry } from './test-results.js';

const perSide = { perSide: true };
const single = { perSide: false };

describe('writeEntry', () => {
  it('keeps the left and right leg apart', () => {
    const left = writeEntry(undefined, perSide, 'left', null, { value: 7, unit: 'cm' });
    const both = writeEntry(left, perSide, 'right', null, { value: 11, unit: 'cm' });
    expect(both).toEqual({ left: { value: 7, unit: 'cm' }, right: { value: 11, unit: 'cm' } });
    expect(readEntry(both, perSide, 'right', null)).toEqual({ value: 11, unit: 'cm' });
  });

  it('fills the named parts of a result one answer at a time', () => {
    const first = writeEntry(undefined, perSide, 'right', 'seconds', 20);
    const second = writeEntry(first, perSide, 'right', 'kneeCaved', true);
    expect(second).toEqual({ right: { seconds: 20, kneeCaved: true } });
  });

  it('leaves nothing behind when the person clears what they entered', () => {
    const entered = writeEntry(undefined, single, null, 'tilted', true);
    expect(writeEntry(entered, single, null, 'tilted', undefined)).toBeUndefined();
    const leg = writeEntry(undefined, perSide, 'left', null, 'in');
    expect(writeEntry(leg, perSide, 'left', null, undefined)).toBeUndefined();
  });
});
