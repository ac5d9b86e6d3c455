/**
 * The One Euro filter (Casiez, Roussel & Vogel, CHI 2012): a low-pass filter whose cutoff rises
 * with speed, so a still keypoint stops jittering and a moving one does not lag. Uses the frames'
 * own timestamps, so uneven frame rates are handled.
 */

/** Filter settings. Speeds are in value units per second. */
export interface OneEuroParams {
  /** Cutoff when still, in hertz: lower smooths more. */
  readonly minCutoffHz: number;
  /** How fast the cutoff rises with speed: higher lags less. */
  readonly beta: number;
  /** Cutoff for the speed estimate, in hertz. */
  readonly derivativeCutoffHz: number;
}

/** One sample of a track: a time in milliseconds and a value. */
export interface TimedValue {
  readonly timeMs: number;
  readonly value: number;
}

function smoothingFactor(cutoffHz: number, dtSeconds: number): number {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / dtSeconds);
}

interface FilterState {
  readonly timeMs: number;
  readonly value: number;
  readonly speed: number;
}

function step(previous: FilterState | null, sample: TimedValue, params: OneEuroParams): FilterState {
  const dt = previous === null ? 0 : (sample.timeMs - previous.timeMs) / 1000;
  if (previous === null || dt <= 0) {
    return { timeMs: sample.timeMs, value: sample.value, speed: previous?.speed ?? 0 };
  }
  const rawSpeed = (sample.value - previous.value) / dt;
  const speed = previous.speed + smoothingFactor(params.derivativeCutoffHz, dt) * (rawSpeed - previous.speed);
  const cutoff = params.minCutoffHz + params.beta * Math.abs(speed);
  const value = previous.value + smoothingFactor(cutoff, dt) * (sample.value - previous.value);
  return { timeMs: sample.timeMs, value, speed };
}

/** The filtered values of a track, one per sample; the first sample passes through unchanged. */
export function oneEuroFilter(samples: readonly TimedValue[], params: OneEuroParams): number[] {
  const output: number[] = [];
  let previous: FilterState | null = null;
  for (const sample of samples) {
    previous = step(previous, sample, params);
    output.push(previous.value);
  }
  return output;
}
