/** Turns progress trends into chart rows: one label per date or week, values lined up per series. */
import type { Point, WeekAdherence, WeekPain } from '../../src/progress/types.js';

export interface ChartRows {
  readonly labels: readonly string[];
  readonly left: readonly (number | null)[];
  readonly right: readonly (number | null)[];
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Left and right measurements on one date axis; a leg not measured that day is a gap. */
export function perSideRows(
  points: { readonly left: readonly Point[]; readonly right: readonly Point[] },
  convert: (value: number) => number = (value) => value,
): ChartRows {
  const labels = [...new Set([...points.left, ...points.right].map((point) => point.date))].sort();
  const on = (list: readonly Point[], date: string): number | null => {
    const found = list.find((point) => point.date === date);
    return found === undefined ? null : round1(convert(found.value));
  };
  return {
    labels,
    left: labels.map((date) => on(points.left, date)),
    right: labels.map((date) => on(points.right, date)),
  };
}

/** Worst pain per program week. */
export function painRows(weeks: readonly WeekPain[]): {
  labels: readonly string[];
  worst: readonly number[];
} {
  return { labels: weeks.map((week) => `Week ${week.week}`), worst: weeks.map((week) => week.worst) };
}

/** Sessions planned and done per program week. */
export function adherenceRows(weeks: readonly WeekAdherence[]): {
  labels: readonly string[];
  planned: readonly number[];
  done: readonly number[];
} {
  return {
    labels: weeks.map((week) => `Week ${week.week}`),
    planned: weeks.map((week) => week.planned),
    done: weeks.map((week) => week.done),
  };
}
