/** The re-test form: knee-to-wall per leg (in the user's unit), optional knee angle, pain now. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { errorMessage, post } from '../api/client.js';
import type { RetestBody } from '../api/types.js';
import { LengthBox, NumberBox, readLength } from './question-field.js';
import { PainScale } from './pain-scale.js';
import type { LengthUnit } from '../lib/length.js';
import type { Side } from '../../src/assessment/types.js';

interface Props {
  readonly today: string;
  readonly units: LengthUnit;
  readonly onSaved: () => void;
}

type PerLeg = Partial<Record<Side, number>>;

const LEGS: readonly Side[] = ['left', 'right'];

function perLeg(values: PerLeg): { left?: number; right?: number } {
  const result: { left?: number; right?: number } = {};
  for (const leg of LEGS) {
    const value = values[leg];
    if (value !== undefined) {
      result[leg] = value;
    }
  }
  return result;
}

export function RetestForm({ today, units, onSaved }: Props) {
  const [date, setDate] = useState(today);
  const [wall, setWall] = useState<PerLeg>({});
  const [fppa, setFppa] = useState<PerLeg>({});
  const [pain, setPain] = useState<number | null>(null);
  const [standing, setStanding] = useState<'' | 'knees-inside-ankles' | 'in-line'>('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (pain === null) {
      setMessage({ ok: false, text: 'Choose your pain right now (0 if none).' });
      return;
    }
    if (wall.left === undefined && wall.right === undefined) {
      setMessage({ ok: false, text: 'Enter the knee-to-wall distance for at least one leg.' });
      return;
    }
    const body: RetestBody = {
      date,
      kneeToWallCm: perLeg(wall),
      painNow: pain,
      ...(fppa.left !== undefined || fppa.right !== undefined
        ? { fppa: { test: 'single-leg-squat' as const, degrees: perLeg(fppa) } }
        : {}),
      ...(standing !== '' ? { standingKneeTest: standing } : {}),
    };
    try {
      await post('/api/retests', body);
      setMessage({ ok: true, text: 'Re-test saved. Your charts are updated.' });
      onSaved();
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    }
  };

  return (
    <form
      className="card"
      id="retest"
      aria-labelledby="retest-title"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="retest-title">Record a re-test</h2>
      <p className="hint">Do the knee-to-wall test the same way as the first time, barefoot, for each leg.</p>
      <div className="field">
        <label htmlFor="retest-date">Date</label>
        <input
          id="retest-date"
          type="date"
          value={date}
          max={today}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <div className="inline-fields">
        {LEGS.map((leg) => (
          <div className="field" key={leg}>
            <label htmlFor={`wall-${leg}`}>Knee-to-wall, {leg} leg</label>
            <LengthBox
              id={`wall-${leg}`}
              value={null}
              units={units}
              onChange={(length) =>
                setWall((current) => ({
                  ...current,
                  [leg]: length === undefined ? undefined : (readLength(length) ?? undefined),
                }))
              }
            />
          </div>
        ))}
      </div>
      <details>
        <summary>Knee angle from a camera measurement (optional)</summary>
        <div className="inline-fields">
          {LEGS.map((leg) => (
            <div className="field" key={leg}>
              <label htmlFor={`fppa-${leg}`}>Single-leg squat knee angle, {leg} leg</label>
              <NumberBox
                id={`fppa-${leg}`}
                describedBy="retest-title"
                value={null}
                min={-45}
                max={60}
                integer={false}
                suffix="degrees"
                onChange={(value) => setFppa((current) => ({ ...current, [leg]: value }))}
              />
            </div>
          ))}
        </div>
      </details>
      <div className="field">
        <label htmlFor="standing-test">Standing knee test (optional)</label>
        <select
          id="standing-test"
          value={standing}
          onChange={(event) => setStanding(event.target.value as typeof standing)}
        >
          <option value="">Not done</option>
          <option value="knees-inside-ankles">My knees still sit inside my ankles</option>
          <option value="in-line">My knees sit above my ankles</option>
        </select>
      </div>
      <PainScale label="Knee pain right now" value={pain} onPick={setPain} />
      {message !== null ? (
        <p className={message.ok ? 'ok-text' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" className="button primary">
        Save the re-test
      </button>
    </form>
  );
}
