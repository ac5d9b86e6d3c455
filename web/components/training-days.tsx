/**
 * "Which days will you train?" for a new user: starts with today ticked, so the first session is
 * today, and the other days spread over the week. Saved with the start date set to today.
 */
import { useState } from 'react';
import { defaultTrainingDays } from '../../src/program/training-days.js';
import { put } from '../api/client.js';
import type { Settings } from '../api/types.js';
import { useApp } from '../app-context.js';
import { localToday } from '../lib/use-fetch.js';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Monday first, as most people read a week. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export interface TrainingDays {
  readonly weekdays: readonly number[];
  readonly toggle: (day: number) => void;
  /** Saves the days with today as the start; returns a sentence when it failed. */
  readonly save: () => Promise<string | null>;
}

/** The chosen days: today's default for `daysPerWeek` until the person changes one. */
export function useTrainingDays(daysPerWeek: number): TrainingDays {
  const { state, setState } = useApp();
  const today = localToday();
  const [chosen, setChosen] = useState<readonly number[] | null>(null);
  const weekdays = chosen ?? defaultTrainingDays(today, daysPerWeek);
  return {
    weekdays,
    toggle: (day) =>
      setChosen(
        weekdays.includes(day)
          ? weekdays.filter((value) => value !== day)
          : [...weekdays, day].sort((a, b) => a - b),
      ),
    save: async () => {
      if (weekdays.length === 0) {
        return 'Choose at least one day to train.';
      }
      try {
        const next: Settings = { ...state.settings, weekdays: [...weekdays], startDate: today };
        const saved = await put<Settings>('/api/settings', next);
        setState((current) => ({ ...current, settings: saved }));
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : 'Your training days could not be saved.';
      }
    },
  };
}

export function TrainingDaysField({ days }: { readonly days: TrainingDays }) {
  const todayDay = new Date().getDay();
  return (
    <fieldset className="training-days">
      <legend>Which days will you train?</legend>
      <p className="hint">
        Today is ticked so you can do your first session straight away. Change any day; you can move them
        later in Settings.
      </p>
      <div className="choices days">
        {WEEK_ORDER.map((day) => (
          <label className="choice" key={day}>
            <input type="checkbox" checked={days.weekdays.includes(day)} onChange={() => days.toggle(day)} />
            {WEEKDAY_NAMES[day]}
            {day === todayDay ? ' (today)' : ''}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
