/**
 * Branded units, so a wrong unit does not compile (STYLE.md §2).
 * Create values with the constructors below; read them as plain numbers.
 */
declare const unit: unique symbol;
type Unit<Name extends string> = number & { readonly [unit]: Name };

/** An angle in degrees. FPPA and knee flexion are reported in degrees. */
export type Degrees = Unit<'degrees'>;
/** An angle in radians, only inside geometry code. */
export type Radians = Unit<'radians'>;
/** A length in centimetres (knee-to-wall distance, intermalleolar distance). */
export type Centimetres = Unit<'centimetres'>;
/** A length in inches, as some users enter it. */
export type Inches = Unit<'inches'>;
/** A coordinate or length in image pixels. */
export type Pixels = Unit<'pixels'>;
/** A coordinate or length as a share of the image (0..1). */
export type Normalized = Unit<'normalized'>;
/** A duration in seconds. */
export type Seconds = Unit<'seconds'>;
/** A duration in milliseconds (frame timestamps). */
export type Milliseconds = Unit<'milliseconds'>;

export const degrees = (value: number): Degrees => value as Degrees;
export const radians = (value: number): Radians => value as Radians;
export const centimetres = (value: number): Centimetres => value as Centimetres;
export const inches = (value: number): Inches => value as Inches;
export const pixels = (value: number): Pixels => value as Pixels;
export const normalized = (value: number): Normalized => value as Normalized;
export const seconds = (value: number): Seconds => value as Seconds;
export const milliseconds = (value: number): Milliseconds => value as Milliseconds;

/** 1 in = 2.54 cm exactly. */
export const CM_PER_INCH = 2.54;
export const inchesToCm = (value: Inches): Centimetres => centimetres(value * CM_PER_INCH);
export const cmToInches = (value: Centimetres): Inches => inches(value / CM_PER_INCH);
export const toDegrees = (value: Radians): Degrees => degrees((value * 180) / Math.PI);
export const toRadians = (value: Degrees): Radians => radians((value * Math.PI) / 180);
