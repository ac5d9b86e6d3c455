/**
 * Camera frames go to the model as the camera gives them (never flipped), so the model's
 * left/right labels are the person's own sides: this is the `mirrored` flag `analyzeTrial` needs
 * for live and uploaded camera frames. Only the preview is mirrored (web/camera/mirror.ts).
 */
export const MODEL_INPUT_MIRRORED = false;
