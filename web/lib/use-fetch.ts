/** Loads one API resource for a page: loading, failed (with a sentence) or the data, and a reload. */
import { useCallback, useEffect, useState } from 'react';
import { errorMessage, get } from '../api/client.js';
import type { PathAnswering } from '../api/client.js';

export type Fetched<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly data: T };

export function useFetch<T>(path: PathAnswering<'GET', T> | null): {
  readonly result: Fetched<T>;
  readonly reload: () => void;
} {
  const [result, setResult] = useState<Fetched<T>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (path === null) {
      return;
    }
    let live = true;
    setResult((current) => (current.kind === 'ready' ? current : { kind: 'loading' }));
    (get as (path: PathAnswering<'GET', T>) => Promise<T>)(path).then(
      (data) => live && setResult({ kind: 'ready', data }),
      (error: unknown) => live && setResult({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [path, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { result, reload };
}

/** Today in the person's time zone as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
