/**
 * The states of the camera as the user sees them, and the words for each. Pure: the hook in
 * use-camera.ts does the I/O and maps what the browser throws with `cameraStateFromError`.
 */

/** Where the camera is. `ready` carries the size of the video the camera actually gives. */
export type CameraState =
  | { readonly kind: 'off' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready'; readonly width: number; readonly height: number }
  | { readonly kind: 'no-camera' }
  | { readonly kind: 'denied' }
  | { readonly kind: 'in-use' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly detail: string };

/** The state for an error thrown by `getUserMedia` (a DOMException, by its `name`). */
export function cameraStateFromError(error: unknown): CameraState {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return { kind: 'denied' };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return { kind: 'no-camera' };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return { kind: 'in-use' };
    default:
      return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** A calm sentence about the state and what to do; null when there is nothing to say. */
export function cameraMessage(state: CameraState): string | null {
  switch (state.kind) {
    case 'off':
    case 'ready':
      return null;
    case 'starting':
      return 'Starting the camera… If your browser asks, allow Kneeline to use it.';
    case 'no-camera':
      return 'We could not find a camera on this device. You can still do the test with a mirror and type in what you saw.';
    case 'denied':
      return 'Kneeline is not allowed to use the camera. To measure with it, allow the camera for this site in your browser settings (often the lock or camera icon next to the address), then try again. The video stays on your device.';
    case 'in-use':
      return 'The camera is busy: another app or tab may be using it. Close that, then try again.';
    case 'unsupported':
      return 'This browser cannot use a camera here. Try a recent Chrome, Edge, Firefox or Safari, opened from a secure (https) address.';
    case 'stopped':
      return 'The camera stopped (it may have been unplugged or switched off). Nothing was measured from that moment. Start it again when it is back.';
    case 'failed':
      return `The camera would not start (${state.detail}). Try again, or do the test with a mirror.`;
  }
}
