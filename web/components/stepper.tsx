/** "Question 3 of 12" with a bar that fills as the person goes. */
export function Stepper({
  current,
  total,
  noun,
}: {
  readonly current: number;
  readonly total: number;
  readonly noun: string;
}) {
  const percent = total === 0 ? 0 : Math.round((current / total) * 100);
  return (
    <div className="stepper">
      <p className="muted small" id="stepper-label">
        {noun} {current} of {total}
      </p>
      <div
        className="stepper-bar"
        role="progressbar"
        aria-labelledby="stepper-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={current}
      >
        <div className="stepper-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
