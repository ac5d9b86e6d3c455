/**
 * Worker thread for large progress reports (see progress-offload.ts): the same pure
 * buildProgressReport, off the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../errors.js';
import { buildProgressReport } from '../progress/report.js';
import type { ProgressInput } from '../progress/types.js';

parentPort?.on('message', (message: { id: number; input: ProgressInput }) => {
  try {
    parentPort?.postMessage({ id: message.id, report: buildProgressReport(message.input) });
  } catch (error) {
    const code = error instanceof DomainError ? error.code : null;
    parentPort?.postMessage({ id: message.id, error: { code, message: (error as Error).message } });
  }
});
