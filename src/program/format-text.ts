/**
 * The program as plain text, for the terminal and for printing.
 */
import type { Advice, CatalogEntry } from '../catalog/types.js';
import type { Program, ProgramAdvice, ProgramItem, ScheduledSession } from './types.js';
import { formatDosage } from './format-dosage.js';
import { sidesWords } from './labels.js';
import { weekdayOf } from './iso-date.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function nameOf(catalog: readonly CatalogEntry[], id: string): string {
  const entry = catalog.find((e) => e.id === id);
  return entry === undefined ? id : entry.kind === 'exercise' ? entry.name : entry.title;
}

function itemLines(item: ProgramItem, catalog: readonly CatalogEntry[], index: number): string[] {
  const where = item.dosage.perSide ? `${sidesWords(item.sides)}, ` : '';
  const lines = [
    `  ${index}. ${nameOf(catalog, item.exerciseId)}: ${formatDosage(item.dosage)} (${where}about ${item.minutes} min)`,
  ];
  if (item.dosage.note !== undefined) {
    lines.push(`     Note: ${item.dosage.note}`);
  }
  for (const change of item.adaptations ?? []) {
    lines.push(`     Change: ${change}`);
  }
  lines.push(`     Why: ${item.reason}`);
  if (item.substituteNote !== undefined) {
    lines.push(`     Kit: ${item.substituteNote}`);
  }
  return lines;
}

function adviceLines(advice: ProgramAdvice, catalog: readonly CatalogEntry[]): string[] {
  const entry = catalog.find((e): e is Advice => e.kind === 'advice' && e.id === advice.adviceId);
  const points = entry?.points ?? [];
  return [`  - ${nameOf(catalog, advice.adviceId)}: ${advice.reason}`, ...points.map((p) => `      * ${p}`)];
}

function referralLines(program: Program): string[] {
  const { referral } = program;
  if (referral === null) {
    return [];
  }
  const heading =
    referral.urgency === 'stop'
      ? 'Please see a professional before starting any exercise:'
      : 'Work with a professional alongside this program:';
  return [
    heading,
    ...referral.reasons.map((r) => `  - ${r}`),
    ...referral.nextSteps.map((s) => `  > ${s}`),
    '',
  ];
}

function scheduleLines(sessions: readonly ScheduledSession[]): string[] {
  if (sessions.length === 0) {
    return [];
  }
  const label = (s: ScheduledSession): string =>
    s.kind === 'session' ? 'session' : s.kind === 'retest' ? 'RE-TEST' : 'REVIEW';
  return [
    'Schedule',
    ...sessions.map(
      (s) => `  ${s.date} ${WEEKDAYS[weekdayOf(s.date)] ?? ''}  week ${s.week}  ${label(s)}: ${s.title}`,
    ),
    '',
  ];
}

/** A readable program: referral first, then blocks in session order, advice, left out, weeks, schedule. */
export function formatProgramText(
  program: Program,
  catalog: readonly CatalogEntry[],
  sessions: readonly ScheduledSession[],
): string {
  const lines: string[] = ['Your Kneeline program', '', ...referralLines(program)];
  if (program.blocks.length === 0) {
    lines.push('No exercises for now.', '');
    return lines.join('\n');
  }
  lines.push(`Each session: about ${program.minutesPerSession} minutes, blocks from top to bottom.`, '');
  let index = 1;
  for (const block of program.blocks) {
    lines.push(block.title);
    for (const item of block.items) {
      lines.push(...itemLines(item, catalog, index));
      index += 1;
    }
    lines.push('');
  }
  if (program.advice.length > 0) {
    lines.push('Keep in mind', ...program.advice.flatMap((a) => adviceLines(a, catalog)), '');
  }
  if (program.leftOut.length > 0) {
    lines.push(
      'Left out for now',
      ...program.leftOut.map((l) => `  - ${nameOf(catalog, l.exerciseId)}: ${l.why}`),
      '',
    );
  }
  lines.push(
    'Weeks',
    ...program.weeks.map(
      (w) => `  ${w.week === 5 ? 'Week 5 on' : `Week ${w.week}`}: ${w.sessionsPerWeek} sessions. ${w.focus}`,
    ),
    '',
  );
  lines.push(...scheduleLines(sessions));
  return lines.join('\n');
}
