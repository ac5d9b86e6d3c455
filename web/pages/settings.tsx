/**
 * Settings: units, training days, start date, reminders and voice; export all data as JSON,
 * import it back (a bad file changes nothing), and delete everything after a confirmation.
 */
import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { ApiError, del, errorMessage, get, post, put } from '../api/client.js';
import type { Settings } from '../api/types.js';
import { useApp } from '../app-context.js';
import { navigate } from '../lib/router.js';
import { OfflineModels } from '../components/offline-models.js';
import { notificationSupport, turnOnNotifications } from '../lib/notify-reminders.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Monday first, as most people read a week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

type Notice = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

function NoticeLine({ notice }: { readonly notice: Notice }) {
  if (notice === null) {
    return null;
  }
  return (
    <p
      className={notice.kind === 'ok' ? 'ok-text' : 'error-text'}
      role={notice.kind === 'ok' ? 'status' : 'alert'}
    >
      {notice.text}
    </p>
  );
}

/** The notification switch: permission is asked only when the person taps it. */
function NotificationReminders() {
  const [support, setSupport] = useState(notificationSupport);
  const [said, setSaid] = useState<string | null>(null);
  if (support === 'unsupported') {
    return (
      <p className="hint">This browser cannot show notifications; the calendar alarms remind you instead.</p>
    );
  }
  return (
    <div className="field">
      {support === 'ready' ? (
        <p className="hint">Notifications are allowed on this device.</p>
      ) : support === 'blocked' ? (
        <p className="hint">Notifications are blocked for Kneeline in this browser&apos;s settings.</p>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() =>
          void turnOnNotifications().then((sentence) => {
            setSaid(sentence);
            setSupport(notificationSupport());
          })
        }
      >
        Also remind me with a notification on this device
      </button>
      {said !== null ? (
        <p className="small" role="status">
          {said}
        </p>
      ) : null}
    </div>
  );
}

function SettingsForm() {
  const { state, setState, refresh } = useApp();
  const [form, setForm] = useState<Settings>(state.settings);
  const [notice, setNotice] = useState<Notice>(null);
  const toggleDay = (day: number): void =>
    setForm((current) => ({
      ...current,
      weekdays: current.weekdays.includes(day)
        ? current.weekdays.filter((value) => value !== day)
        : [...current.weekdays, day].sort((a, b) => a - b),
    }));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (form.weekdays.length === 0) {
      setNotice({ kind: 'error', text: 'Choose at least one day to train.' });
      return;
    }
    try {
      const saved = await put<Settings>('/api/settings', form);
      setState((current) => ({ ...current, settings: saved }));
      await refresh();
      setNotice({ kind: 'ok', text: 'Settings saved.' });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} className="card">
      <h2>Your plan</h2>
      <fieldset>
        <legend>Units for distances</legend>
        <div className="choices two">
          {(['metric', 'imperial'] as const).map((unit) => (
            <label className="choice" key={unit}>
              <input
                type="radio"
                name="units"
                checked={form.units === unit}
                onChange={() => setForm({ ...form, units: unit })}
              />
              {unit === 'metric' ? 'Centimetres (cm)' : 'Inches (in)'}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Days you can train</legend>
        <p className="hint">
          Your sessions are planned on these days. Most people start with 2 or 3 sessions a week and build up
          as their body gets used to it.
        </p>
        <div className="choices days">
          {WEEK_ORDER.map((day) => (
            <label className="choice" key={day}>
              <input type="checkbox" checked={form.weekdays.includes(day)} onChange={() => toggleDay(day)} />
              {WEEKDAYS[day]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="start-date">Start date</label>
        <input
          id="start-date"
          type="date"
          value={form.startDate}
          required
          onChange={(event) => setForm({ ...form, startDate: event.target.value })}
        />
      </div>
      <fieldset>
        <legend>Reminders</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.reminders.enabled}
            onChange={(event) =>
              setForm({ ...form, reminders: { ...form.reminders, enabled: event.target.checked } })
            }
          />
          Remind me on training days (in the calendar file)
        </label>
        <NotificationReminders />
        <div className="field">
          <label htmlFor="reminder-time">Reminder time</label>
          <input
            id="reminder-time"
            type="time"
            value={form.reminders.time}
            disabled={!form.reminders.enabled}
            onChange={(event) =>
              setForm({ ...form, reminders: { ...form.reminders, time: event.target.value } })
            }
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Voice</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.voice}
            onChange={(event) => setForm({ ...form, voice: event.target.checked })}
          />
          Speak the instructions during a session
        </label>
      </fieldset>
      <fieldset>
        <legend>Care so far</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.seenPhysicalTherapist === true}
            onChange={(event) => setForm({ ...form, seenPhysicalTherapist: event.target.checked })}
          />
          I have seen a physical therapist (physiotherapist) about my knees
        </label>
        <p className="hint">
          If your knees have not changed after weeks of regular work, we then suggest an orthopaedic
          specialist as the next step, not another physical therapist.
        </p>
      </fieldset>
      <NoticeLine notice={notice} />
      <button type="submit" className="button primary">
        Save settings
      </button>
    </form>
  );
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function DataSection() {
  const { refresh } = useApp();
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);

  const exportAll = async (): Promise<void> => {
    try {
      const data = await get<unknown>('/api/export');
      download('kneeline-data.json', JSON.stringify(data, null, 2));
      setNotice({ kind: 'ok', text: 'Your data was downloaded as kneeline-data.json.' });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) {
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setNotice({
        kind: 'error',
        text: 'That file is not a Kneeline export (it is not valid JSON). Nothing was changed.',
      });
      return;
    }
    try {
      await post('/api/import', data);
      await refresh();
      setNotice({ kind: 'ok', text: 'Your data was imported.' });
    } catch (error) {
      const refused = error instanceof ApiError && error.status >= 400 && error.status < 500;
      setNotice({
        kind: 'error',
        text: refused
          ? `That file could not be imported: it is not a Kneeline export, or it was changed or damaged (${errorMessage(error)}). Nothing was changed.`
          : `${errorMessage(error)} Nothing was changed.`,
      });
    }
  };

  const deleteAll = async (): Promise<void> => {
    try {
      await del('/api/data');
      await refresh();
      setConfirming(false);
      navigate({ page: 'welcome' });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    }
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        Everything stays on this device&apos;s Kneeline server. You can take a copy, bring one back, or delete
        it all.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportAll()}>
          Export all data (JSON)
        </button>
      </div>
      <div className="field">
        <label htmlFor="import-file">Import a Kneeline export</label>
        <p className="hint">This replaces what is here now with the file&apos;s contents.</p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event)}
        />
      </div>
      <NoticeLine notice={notice} />
      <h3>Delete everything</h3>
      {confirming ? (
        <div className="notice stop" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">
            <strong>Delete all your answers, findings, program, sessions and measurements?</strong> This
            cannot be undone.
          </p>
          <div className="actions">
            <button type="button" className="button danger primary" onClick={() => void deleteAll()}>
              Yes, delete everything
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          Delete all my data…
        </button>
      )}
    </section>
  );
}

export function SettingsPage() {
  const { state } = useApp();
  // A new form when the data is replaced (import, delete), so it shows what is stored now.
  const generation = state.assessment?.updatedAt ?? 'none';
  return (
    <section className="page settings">
      <h1>Settings</h1>
      <SettingsForm key={generation} />
      <OfflineModels />
      <DataSection />
    </section>
  );
}
