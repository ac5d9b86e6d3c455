/** A 0-10 pain scale as eleven buttons: quick to tap mid-session, each with a full label. */
export function PainScale({
  label,
  hint,
  value,
  onPick,
}: {
  readonly label: string;
  readonly hint?: string;
  readonly value?: number | null;
  readonly onPick: (pain: number) => void;
}) {
  return (
    <fieldset className="pain">
      <legend>{label}</legend>
      {hint !== undefined ? <p className="hint">{hint}</p> : null}
      <div className="pain-scale">
        {Array.from({ length: 11 }, (_, pain) => (
          <button
            key={pain}
            type="button"
            className={`button${value === pain ? ' primary' : ''}`}
            aria-pressed={value === pain}
            aria-label={`Pain ${pain} of 10${pain === 0 ? ', no pain' : pain === 10 ? ', worst imaginable' : ''}`}
            onClick={() => onPick(pain)}
          >
            {pain}
          </button>
        ))}
      </div>
      <p className="muted small pain-ends">
        <span>0 no pain</span>
        <span>10 worst imaginable</span>
      </p>
    </fieldset>
  );
}
