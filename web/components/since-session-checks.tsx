/** Swelling, locking or giving way around a session, as a tick list (src/progress/follow-up.ts words). */
import type { SessionSymptoms } from '../../src/coaching/types.js';
import { SINCE_SESSION_WORDS } from '../../src/progress/follow-up.js';

type RedFlag = keyof typeof SINCE_SESSION_WORDS;
const RED_FLAGS = Object.keys(SINCE_SESSION_WORDS) as RedFlag[];

/** Tick any that happened: each unticked box is a "no" (the question was asked). */
export function SinceSessionChecks({
  legend,
  value,
  onChange,
}: {
  readonly legend: string;
  readonly value: SessionSymptoms;
  readonly onChange: (value: SessionSymptoms) => void;
}) {
  return (
    <fieldset className="since-session">
      <legend>{legend}</legend>
      <p className="hint">Tick any that happened. Leave them empty if none did.</p>
      {RED_FLAGS.map((flag) => (
        <label className="choice" key={flag}>
          <input
            type="checkbox"
            checked={value[flag] === true}
            onChange={(event) => onChange({ ...value, [flag]: event.target.checked })}
          />
          {SINCE_SESSION_WORDS[flag]}
        </label>
      ))}
    </fieldset>
  );
}
