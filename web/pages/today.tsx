/**
 * Today's session: loads what is planned for today and runs it through the coaching state
 * machine, with spoken cues, a screen wake lock, pain checks and a saved summary at the end.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PainWhere, PlayerItem, SessionSymptoms } from '../../src/coaching/types.js';
import { redFlagsAnswered } from '../../src/progress/follow-up.js';
import type { FollowUp } from '../../src/progress/follow-up.js';
import { sideOrder } from '../../src/coaching/bouts.js';
import { summarize } from '../../src/coaching/summarize.js';
import { PAIN_STOP_ABOVE } from '../../src/coaching/pain.js';
import type { ProgramItem } from '../../src/program/types.js';
import { errorMessage, post } from '../api/client.js';
import type { Catalog, SessionSummary, TodayResponse } from '../api/types.js';
import { useApp } from '../app-context.js';
import { PainScale } from '../components/pain-scale.js';
import { MoreTestsOffer, NextSession } from '../components/next-session.js';
import { changeLines, SummaryScreen } from '../components/player-summary.js';
import type { SaveStatus } from '../components/player-summary.js';
import { LiveFeedback } from '../components/live-feedback.js';
import { FollowUpCard, PausedCard } from '../components/session-checks.js';
import { Caption, PainWhereChoice, RestScreen, WorkScreen } from '../components/player-work.js';
import { exerciseIn } from '../lib/catalog-lookup.js';
import { dosageWords } from '../lib/words.js';
import { playerSpeed } from '../lib/player-speed.js';
import { loadPlayer, storePlayer } from '../lib/saved-player.js';
import { routeHref } from '../lib/router.js';
import { createCuePlayer } from '../lib/speech.js';
import { localToday, useFetch } from '../lib/use-fetch.js';
import { usePlayer } from '../lib/use-player.js';
import { useWakeLock } from '../lib/wake-lock.js';
import { creditCameraReps, NO_CAMERA_REPS } from '../../src/coaching/rep-counter.js';
import type { CameraRepCredit } from '../../src/coaching/rep-counter.js';

/** A program item as the player runs it: the catalog gives its name and coaching cues. */
export function toPlayerItem(item: ProgramItem, catalog: Catalog): PlayerItem {
  const exercise = exerciseIn(catalog, item.exerciseId);
  return {
    exerciseId: item.exerciseId,
    name: exercise?.name ?? item.exerciseId,
    dosage: item.dosage,
    sides: item.sides,
    cues: exercise?.cues ?? [],
    ...(item.adaptations === undefined ? {} : { adaptations: item.adaptations }),
  };
}

function PlayerView({
  session,
  items,
}: {
  readonly session: SessionSummary;
  readonly items: readonly PlayerItem[];
}) {
  const { state: app, refresh, catalog } = useApp();
  const [cameraOn, setCameraOn] = useState(false);
  const [voice, setVoice] = useState(app.settings.voice);
  const voiceRef = useRef(voice);
  voiceRef.current = voice;
  const cues = useMemo(() => createCuePlayer(() => voiceRef.current), []);
  const [resume] = useState(() => loadPlayer(window.sessionStorage, session.id, items));
  const player = usePlayer(
    items,
    { sessionDate: session.date },
    cues,
    playerSpeed(window.location.search),
    resume,
  );
  const [status, setStatus] = useState<SaveStatus>({ kind: 'unsaved' });
  const [symptoms, setSymptoms] = useState<SessionSymptoms>({});
  // Where the pain of the pain check was; not said: the knee (the cautious reading).
  const [painWhere, setPainWhere] = useState<PainWhere | undefined>(undefined);
  const { state, send } = player;
  const running = state.phase.kind !== 'ready' && state.phase.kind !== 'summary';
  useWakeLock(running);
  useEffect(() => storePlayer(window.sessionStorage, session.id, state), [session.id, state]);

  const save = async (): Promise<void> => {
    setStatus({ kind: 'saving' });
    const finished = send({ type: 'finish', at: new Date().toISOString() });
    try {
      const result = await post(`/api/sessions/${encodeURIComponent(session.id)}/log`, {
        ...summarize(finished),
        symptoms: redFlagsAnswered(symptoms),
      });
      setStatus({ kind: 'saved', changes: changeLines(result.changes) });
      await refresh();
    } catch (error) {
      setStatus({ kind: 'failed', message: `Not saved yet: ${errorMessage(error)} Please try again.` });
    }
  };

  const { phase } = state;
  const item = phase.kind === 'work' ? items[phase.at.itemIndex] : undefined;
  // A new screen (started, next exercise, pain question answered): keyboard and screen reader
  // start at its heading, not at the top of the page.
  const screen =
    phase.kind === 'work'
      ? `work-${phase.at.itemIndex}-${phase.at.set}-${phase.at.sideIndex}`
      : phase.kind === 'rest'
        ? 'rest'
        : phase.kind === 'pain-check'
          ? `pain-${phase.itemIndex}`
          : phase.kind;
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    document.querySelector<HTMLElement>('.player h1')?.focus({ preventScroll: false });
  }, [screen]);
  const cameraCheck = item === undefined ? undefined : exerciseIn(catalog, item.exerciseId)?.cameraCheck;
  const creditRef = useRef<CameraRepCredit>(NO_CAMERA_REPS);
  const onCameraReps = (trackerReps: number): void => {
    if (phase.kind !== 'work') {
      return;
    }
    const bout = `${phase.at.itemIndex}-${phase.at.set}-${phase.at.sideIndex}`;
    const { credit, newReps } = creditCameraReps(creditRef.current, bout, trackerReps);
    creditRef.current = credit;
    for (let rep = 0; rep < newReps; rep += 1) {
      send({ type: 'repDone' });
    }
  };
  const live =
    cameraCheck === undefined || item === undefined || phase.kind !== 'work' ? null : (
      <LiveFeedback
        check={cameraCheck}
        side={sideOrder(item)[phase.at.sideIndex] ?? 'both'}
        send={send}
        on={cameraOn}
        onToggle={setCameraOn}
        paused={state.paused}
        onReps={onCameraReps}
      />
    );
  return (
    <section className={`page player${running ? ' running' : ''}`} aria-label="Session player">
      <label className="choice voice-toggle no-print">
        <input type="checkbox" checked={voice} onChange={(event) => setVoice(event.target.checked)} />
        Speak instructions
      </label>
      {phase.kind === 'ready' ? (
        <>
          <h1>{session.title}</h1>
          {session.status === 'done' ? (
            <>
              <p className="notice">
                You already did today&apos;s session. You can do it again; it will be saved as well.
              </p>
              <NextSession afterToday />
            </>
          ) : null}
          <p className="lead">
            {items.length} exercises. Go at your own pace: the player counts your holds, rests and sides for
            you.
          </p>
          <ol className="card cue-list">
            {items.map((entry, index) => (
              <li key={`${entry.exerciseId}-${index}`}>
                <strong>{entry.name}</strong>: {dosageWords(entry.dosage, entry.sides)}
              </li>
            ))}
          </ol>
          <div className="card">
            <PainScale
              label="Before you start: any knee pain right now?"
              hint="Optional. 0 means no pain."
              value={state.painBefore}
              onPick={(pain) => send({ type: 'painReported', pain })}
            />
          </div>
          <div className="actions">
            <button
              type="button"
              className="button primary big"
              onClick={() => send({ type: 'start', at: new Date().toISOString() })}
            >
              Start the session
            </button>
          </div>
        </>
      ) : null}
      {item !== undefined ? (
        <WorkScreen state={state} send={send} item={item} caption={player.caption} live={live} />
      ) : null}
      {phase.kind === 'rest' ? <RestScreen state={state} send={send} caption={player.caption} /> : null}
      {phase.kind === 'pain-check' ? (
        <>
          <h1 tabIndex={-1}>How did that feel?</h1>
          <p className="lead">{items[phase.itemIndex]?.name}</p>
          <div className="card">
            <p className="hint">
              Where? Tap it first if the pain was not in the knee (for example the back).
            </p>
            <PainWhereChoice where={painWhere} onPick={setPainWhere} />
            <PainScale
              label="Any pain during that exercise?"
              hint={`A stretch feeling is fine and not pain: rate it 0. Pain above ${PAIN_STOP_ABOVE} (or worse than when you started) means we make it easier next time.`}
              onPick={(pain) => {
                setPainWhere(undefined);
                send({
                  type: 'painReported',
                  pain,
                  ...(painWhere !== undefined ? { where: painWhere } : {}),
                });
              }}
            />
          </div>
        </>
      ) : null}
      {phase.kind === 'summary' ? (
        <SummaryScreen
          state={state}
          status={status}
          onPain={(pain) => send({ type: 'painReported', pain })}
          onSave={() => void save()}
          symptoms={symptoms}
          onSymptoms={setSymptoms}
          paused={
            app.program?.paused === undefined ? null : (
              <PausedCard program={app.program} onResumed={refresh} />
            )
          }
        />
      ) : null}
      {phase.kind === 'work' || phase.kind === 'rest' ? null : <Caption text={player.caption} />}
      {running ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => send({ type: 'finish', at: new Date().toISOString() })}
          >
            End the session now
          </button>
        </div>
      ) : null}
    </section>
  );
}

export function TodayPage() {
  const { state, catalog, refresh } = useApp();
  const today = localToday();
  const { result, reload } = useFetch<TodayResponse>(
    state.program === null ? null : `/api/sessions/today?date=${today}`,
  );
  // Answered follow-up questions stay on screen with what they changed while today reloads.
  const [answered, setAnswered] = useState<FollowUp | null>(null);
  if (state.program === null) {
    return (
      <section className="page">
        <h1>No program yet</h1>
        <a className="button primary" href={routeHref({ page: 'welcome' })}>
          Start the assessment
        </a>
      </section>
    );
  }
  if (result.kind === 'loading') {
    return <p role="status">Loading today&apos;s session…</p>;
  }
  if (result.kind === 'failed') {
    return (
      <p className="error-text" role="alert">
        {result.message}
      </p>
    );
  }
  const { session, items } = result.data;
  const followUp = result.data.followUp ?? answered;
  const afterAnswers = async (): Promise<void> => {
    await refresh();
    reload();
  };
  // Paused when today's exercises were asked for; a session just saved keeps its summary on screen.
  if (state.program.paused !== undefined && items.length === 0) {
    return (
      <section className="page">
        <h1>Your program is paused</h1>
        <PausedCard program={state.program} onResumed={afterAnswers} />
      </section>
    );
  }
  const followUpCard =
    followUp === null ? null : (
      <FollowUpCard
        key={followUp.logId}
        followUp={followUp}
        onAnswered={async () => {
          setAnswered(followUp);
          await afterAnswers();
        }}
      />
    );
  if (session === null || items.length === 0) {
    return (
      <section className="page">
        {followUpCard}
        <h1>A rest day</h1>
        <p className="lead">
          No session is planned for today. Rest is part of the program: muscles get stronger between sessions.
        </p>
        <NextSession afterToday />
        <p>Keep your everyday habits in mind until then.</p>
        <div className="actions">
          <a className="button" href={routeHref({ page: 'program' })}>
            Look at my program
          </a>
          <a className="button" href={routeHref({ page: 'settings' })}>
            Change my training days
          </a>
        </div>
        <MoreTestsOffer />
      </section>
    );
  }
  return (
    <>
      {followUpCard}
      {/* New exercises (a follow-up answer stepped them down) start a new player. */}
      <PlayerView
        key={`${session.id} ${items.map((item) => item.exerciseId).join(' ')}`}
        session={session}
        items={items.map((item) => toPlayerItem(item, catalog))}
      />
    </>
  );
}
