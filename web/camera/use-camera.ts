/**
 * The camera as a React hook: getUserMedia on `start`, the stream on a <video> element, and a
 * clear state (no camera, permission denied, camera stopped, ready). Front camera by default.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { cameraStateFromError } from './camera-state.js';
import type { CameraState } from './camera-state.js';

export type { CameraState } from './camera-state.js';
export { cameraMessage } from './camera-state.js';

/** What `useCamera` gives a page. */
export interface Camera {
  readonly state: CameraState;
  /** Put this on the <video> that shows the preview (muted, playsInline). */
  readonly videoRef: RefObject<HTMLVideoElement | null>;
  readonly start: () => Promise<void>;
  readonly stop: () => void;
  /** True when the preview should be mirrored (a front camera), for the user's comfort only. */
  readonly mirrored: boolean;
}

/** Asks for a video a pose model can read well: about 640x480 to 1280x720, 30 frames a second. */
const CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30 } },
};

async function playWhenReady(video: HTMLVideoElement): Promise<void> {
  if (video.readyState < HTMLMediaElement.HAVE_METADATA) {
    await new Promise<void>((resolve) =>
      video.addEventListener('loadedmetadata', () => resolve(), { once: true }),
    );
  }
  await video.play();
}

/** The camera hook. The stream is stopped when the component goes away. */
export function useCamera(options: { readonly facing?: 'user' | 'environment' } = {}): Camera {
  const facing = options.facing ?? 'user';
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [state, setState] = useState<CameraState>({ kind: 'off' });

  const release = useCallback(() => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    if (videoRef.current !== null) {
      videoRef.current.srcObject = null;
    }
  }, []);

  const stop = useCallback(() => {
    release();
    setState({ kind: 'off' });
  }, [release]);

  const start = useCallback(async () => {
    if (typeof navigator === 'undefined' || navigator.mediaDevices?.getUserMedia === undefined) {
      setState({ kind: 'unsupported' });
      return;
    }
    release();
    setState({ kind: 'starting' });
    try {
      const constraints = { ...CONSTRAINTS, video: { ...(CONSTRAINTS.video as object), facingMode: facing } };
      const stream = await navigator.mediaDevices.getUserMedia(constraints);
      streamRef.current = stream;
      const [track] = stream.getVideoTracks();
      track?.addEventListener('ended', () => {
        if (streamRef.current === stream) {
          setState({ kind: 'stopped' });
        }
      });
      const video = videoRef.current;
      if (video === null) {
        release();
        setState({ kind: 'off' });
        return;
      }
      video.srcObject = stream;
      await playWhenReady(video);
      setState({ kind: 'ready', width: video.videoWidth, height: video.videoHeight });
    } catch (error) {
      release();
      setState(cameraStateFromError(error));
    }
  }, [facing, release]);

  useEffect(() => release, [release]);

  return { state, videoRef, start, stop, mirrored: facing === 'user' };
}
