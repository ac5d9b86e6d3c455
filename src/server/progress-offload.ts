/**
 * A progress report over years of logs takes the pure report code a second or more (~0.2 ms a
 * log), which would stall every other request: large inputs go to one worker thread, small ones
 * (the usual: a program's 8 weeks) run inline, where a thread's copy would cost more than the work.
 */
import { Worker } from 'node:worker_threads';
import { DomainError } from '../errors.js';
import type { DomainErrorCode } from '../errors.js';
import { buildProgressReport } from '../progress/report.js';
import type { ProgressInput, ProgressReport } from '../progress/types.js';

/** Logs plus sessions above which a report goes to the worker: ~50 ms of inline work (issue 11). */
export const INLINE_LIMIT = 250;

type Answer =
  | { id: number; report: ProgressReport }
  | { id: number; error: { code: DomainErrorCode | null; message: string } };

export interface ProgressReporter {
  report(input: ProgressInput): Promise<ProgressReport>;
  close(): Promise<void>;
}

export function createProgressReporter(): ProgressReporter {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: ProgressReport) => void; reject: (e: Error) => void }>();

  const failAll = (error: Error): void => {
    for (const pending of waiting.values()) {
      pending.reject(error);
    }
    waiting.clear();
    worker = null;
  };

  const start = (): Worker => {
    // The worker is TypeScript like the rest: its .mjs entry registers tsx (a dependency) first.
    const started = new Worker(new URL('./progress-worker.mjs', import.meta.url));
    started.unref();
    started.on('message', (answer: Answer) => {
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (pending === undefined) {
        return;
      }
      if ('report' in answer) {
        pending.resolve(answer.report);
      } else if (answer.error.code !== null) {
        pending.reject(new DomainError(answer.error.code, answer.error.message));
      } else {
        pending.reject(new Error(answer.error.message));
      }
    });
    started.on('error', failAll);
    started.on('exit', () => failAll(new Error('the progress worker stopped')));
    return started;
  };

  return {
    report(input) {
      if (input.logs.length + input.schedule.length <= INLINE_LIMIT) {
        return Promise.resolve(buildProgressReport(input));
      }
      worker ??= start();
      const id = (nextId += 1);
      const active = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        active.postMessage({ id, input });
      });
    },
    async close() {
      const active = worker;
      worker = null;
      if (active !== null) {
        active.removeAllListeners('exit');
        await active.terminate();
      }
    },
  };
}
