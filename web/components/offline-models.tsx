/** "Use the camera without a connection": downloads the pose models with a progress bar. */
import { useEffect, useState } from 'react';
import { downloadModels, modelsCached } from '../lib/offline-models.js';
import type { Progress } from '../lib/offline-models.js';

type Status =
  | { readonly kind: 'checking' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'downloading'; readonly progress: Progress }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'unsupported' };

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function OfflineModels() {
  const [status, setStatus] = useState<Status>({ kind: 'checking' });
  useEffect(() => {
    if (!('caches' in window)) {
      setStatus({ kind: 'unsupported' });
      return;
    }
    modelsCached().then(
      (cached) => setStatus({ kind: cached ? 'ready' : 'missing' }),
      () => setStatus({ kind: 'missing' }),
    );
  }, []);
  const start = async (): Promise<void> => {
    try {
      await downloadModels((progress) => setStatus({ kind: 'downloading', progress }));
      setStatus({ kind: 'ready' });
    } catch (error) {
      setStatus({
        kind: 'failed',
        message: `The download stopped: ${error instanceof Error ? error.message : 'no connection'}. Try again when you are online.`,
      });
    }
  };
  return (
    <section className="card" aria-labelledby="offline-title">
      <h2 id="offline-title">Camera tests without a connection</h2>
      <p>
        The camera measures your knees on this device with a pose model (about 30 MB, downloaded once). Get it
        now on Wi-Fi, and the camera tests work offline too.
      </p>
      {status.kind === 'downloading' ? (
        <div role="status">
          <progress
            className="download-bar"
            max={Math.max(1, status.progress.totalBytes)}
            value={status.progress.loadedBytes}
            aria-label="Model download"
          />
          <p className="small">
            {megabytes(status.progress.loadedBytes)} of {megabytes(status.progress.totalBytes)}
          </p>
        </div>
      ) : null}
      {status.kind === 'ready' ? (
        <p className="ok-text" role="status">
          The camera models are on this device.
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <p className="error-text" role="alert">
          {status.message}
        </p>
      ) : null}
      {status.kind === 'unsupported' ? (
        <p className="muted">
          This browser cannot keep files for offline use; the camera needs a connection.
        </p>
      ) : null}
      {status.kind === 'missing' || status.kind === 'failed' ? (
        <button type="button" className="button" onClick={() => void start()}>
          Download the camera models
        </button>
      ) : null}
    </section>
  );
}
