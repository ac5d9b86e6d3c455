/**
 * Where the camera measurement of a self-test will go (a later issue adds it). Until then it
 * says so, so nobody looks for a button that is not there yet.
 */
const CAMERA_TESTS: readonly string[] = ['single-leg-squat'];

export function CameraSlot({ testId }: { readonly testId: string }) {
  if (!CAMERA_TESTS.includes(testId)) {
    return null;
  }
  return (
    <div className="notice small" data-slot="camera-measurement">
      <p>
        Soon you can measure this one with your phone&apos;s camera. For now, watch yourself in a mirror and
        tell us what you saw.
      </p>
    </div>
  );
}
