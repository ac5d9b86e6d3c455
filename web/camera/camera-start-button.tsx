/**
 * "Start the camera" or, after it failed, "Try the camera again": one rule for every camera page.
 * Hidden while the camera starts or runs, and where the browser has no camera API at all
 * (`unsupported`): trying again cannot help there, and the page says what to use instead.
 */
import type { Camera } from './use-camera.js';

export function CameraStartButton({ camera }: { readonly camera: Camera }) {
  const { kind } = camera.state;
  if (kind === 'starting' || kind === 'ready' || kind === 'unsupported') {
    return null;
  }
  return (
    <p>
      <button type="button" className="button primary" onClick={() => void camera.start()}>
        {kind === 'off' ? 'Start the camera' : 'Try the camera again'}
      </button>
    </p>
  );
}
