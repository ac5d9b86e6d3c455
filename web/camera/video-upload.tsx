/**
 * "Use a video you recorded": choose or drop a clip (MP4, MOV, WebM; any orientation, either
 * camera), analysed on this device with a progress bar and a cancel button, then the same result
 * and saving as a live recording. The video is never uploaded; only the numbers are saved.
 */
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { PoseFrame, Sex, TrialTest } from '../../src/vision/geometry/types.js';
import { snapshotPeak } from '../../src/vision/capture/measure-trial.js';
import type { TrialReport, TrialSide } from '../../src/vision/trial/types.js';
import { SaveMeasurement } from './save-measurement.js';
import { TrialResult } from './trial-result.js';
import { analyzeVideoFile } from './video-file.js';
import type { AnalysedFile } from './video-file.js';

type UploadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly name: string; readonly share: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly result: AnalysedFile };

const ACCEPT = 'video/mp4,video/quicktime,video/webm,.mp4,.mov,.webm,.m4v';

export interface VideoUploadProps {
  readonly test: TrialTest;
  readonly side: TrialSide;
  readonly sex: Sex | null;
  readonly onSaved?: (report: TrialReport) => void;
  readonly renderExtra?: (report: TrialReport) => ReactNode;
}

function snapshotOf(
  result: AnalysedFile,
): { image: ImageData; pose: PoseFrame; peak: NonNullable<ReturnType<typeof snapshotPeak>> } | null {
  const peak = snapshotPeak(result.report);
  const image = peak === null ? undefined : result.images.get(peak.frame);
  const pose = peak === null ? undefined : result.frames.find((frame) => frame.index === peak.frame);
  return peak !== null && image !== undefined && pose !== undefined ? { image, pose, peak } : null;
}

export function VideoUpload({ test, side, sex, onSaved, renderExtra }: VideoUploadProps) {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const [mirrored, setMirrored] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const start = (file: File): void => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'working', name: file.name, share: 0 });
    analyzeVideoFile(file, {
      test,
      side,
      sex,
      mirrored,
      signal: controller.signal,
      onProgress: (share) => setState({ kind: 'working', name: file.name, share }),
    }).then(
      (result) => {
        if (!controller.signal.aborted) {
          setState({ kind: 'done', result });
        }
      },
      (error: unknown) => {
        setState(
          controller.signal.aborted
            ? { kind: 'idle' }
            : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
        );
      },
    );
  };

  if (state.kind === 'done') {
    const { report, frames } = state.result;
    return (
      <section className="video-upload" aria-label="Result from your video">
        <TrialResult report={report} snapshot={snapshotOf(state.result)} mirrored={false} />
        {renderExtra?.(report)}
        <SaveMeasurement
          report={report}
          frames={frames}
          onSaved={onSaved}
          onAgain={() => setState({ kind: 'idle' })}
        />
      </section>
    );
  }
  return (
    <section className="video-upload card" aria-labelledby="video-upload-title">
      <h2 id="video-upload-title">Or use a video you recorded</h2>
      <p className="small">
        Film the test from the front, hips to feet in view. The video is read on this device and never
        uploaded; only the numbers are saved.
      </p>
      {state.kind === 'working' ? (
        <div data-upload="working">
          <p>
            Reading {state.name}: {Math.round(state.share * 100)}%
          </p>
          <progress max={1} value={state.share} aria-label="Reading the video" />
          <p>
            <button type="button" className="button" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <div
          className="drop-zone"
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            const file = event.dataTransfer.files[0];
            if (file !== undefined) {
              start(file);
            }
          }}
        >
          <label htmlFor="video-file">Choose a video, or drop it here</label>
          <input
            id="video-file"
            type="file"
            accept={ACCEPT}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) {
                start(file);
              }
            }}
          />
          <label className="small">
            <input
              type="checkbox"
              checked={mirrored}
              onChange={(event) => setMirrored(event.target.checked)}
            />{' '}
            The video is mirrored (a selfie camera that saves what the screen showed)
          </label>
        </div>
      )}
      {state.kind === 'failed' ? (
        <p className="error-text" role="alert">
          We could not read this video: {state.message}.
        </p>
      ) : null}
    </section>
  );
}
