import { describe, expect, it } from 'vitest';
import { adherenceRows, perSideRows } from './progress-charts.js';

describe('perSideRows', () => {
  it('lines up both legs by date and leaves a gap where a leg was not measured', () => {
    const rows = perSideRows({
      left: [
        { date: '2026-12-14', value: 8 },
        { date: '2026-12-01', value: 6 },
      ],
      right: [{ date: '2026-12-01', value: 9 }],
    });
    expect(rows.labels).toEqual(['2026-12-01', '2026-12-14']);
    expect(rows.left).toEqual([6, 8]);
    expect(rows.right).toEqual([9, null]);
  });

  it('shows the measurements in the unit the person chose', () => {
    const rows = perSideRows({ left: [{ date: '2026-12-01', value: 10.16 }], right: [] }, (cm) => cm / 2.54);
    expect(rows.left).toEqual([4]);
  });
});

describe('adherenceRows', () => {
  it('names each week and keeps planned and done side by side', () => {
    expect(adherenceRows([{ week: 1, planned: 3, done: 2 }])).toEqual({
      labels: ['Week 1'],
      planned: [3],
      done: [2],
    });
  });
});
