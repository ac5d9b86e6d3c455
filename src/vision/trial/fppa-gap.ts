/**
 * Why an FPPA could not be read on a frame. Its own file so that the report types (types.ts) and
 * the verdict (verdict.ts) can both use it without importing each other.
 */
export type FppaGap = 'thigh-foreshortened' | 'oblique-view' | 'keypoints-missing';
