/** The program: blocks in session order, every exercise with dosage and reason, and the 4-week plan. */
import { BLOCK_TITLES, EQUIPMENT_LABELS } from '../../src/program/labels.js';
import type { WeekPlan } from '../../src/program/types.js';
import { ProgramItemCard } from '../components/program-item-card.js';
import { useApp } from '../app-context.js';
import { adviceIn, exerciseName, programEquipment } from '../lib/catalog-lookup.js';
import { routeHref } from '../lib/router.js';
import { NextSession } from '../components/next-session.js';
import type { TodayResponse } from '../api/types.js';
import { localToday, useFetch } from '../lib/use-fetch.js';
import { dosageWords } from '../lib/words.js';
import { WhyWeSayThis } from '../components/why-we-say.js';
import { plainParts } from '../lib/plain-words.js';

export function WeekTable({ weeks }: { readonly weeks: readonly WeekPlan[] }) {
  return (
    <table>
      <caption className="muted small">Your first four weeks</caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          <th scope="col">Sessions</th>
          <th scope="col">Focus</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.week}>
            <th scope="row">{week.week >= 5 ? '5 on' : week.week}</th>
            <td>{week.sessionsPerWeek}</td>
            <td>
              {week.focus}
              {week.retest ? <span className="tag">re-test</span> : null}
              {week.review ? <span className="tag">4-week review</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Today's session at the top of the program: what to do today, or when the next one is. */
function TodayCard() {
  const { catalog } = useApp();
  const { result } = useFetch<TodayResponse>(`/api/sessions/today?date=${localToday()}`);
  if (result.kind !== 'ready') {
    return null;
  }
  const { session, items } = result.data;
  if (session === null || items.length === 0) {
    return <NextSession afterToday />;
  }
  return (
    <section className="card today-card" aria-labelledby="today-title">
      <h2 id="today-title">Today{session.status === 'done' ? ' (done)' : ''}</h2>
      <ol>
        {items.map((item) => (
          <li key={`${item.exerciseId}-${item.sides}`}>
            <strong>{exerciseName(catalog, item.exerciseId)}</strong>: {dosageWords(item.dosage, item.sides)}
          </li>
        ))}
      </ol>
      <a className="button primary" href={routeHref({ page: 'today' })}>
        {session.status === 'done' ? "Do today's session again" : "Start today's session"}
      </a>
      <NextSession afterToday />
    </section>
  );
}

export function ProgramPage() {
  const { state, catalog } = useApp();
  const program = state.program;
  const todayIds = useFetch<TodayResponse>(
    program === null ? null : `/api/sessions/today?date=${localToday()}`,
  ).result;
  const inToday = (exerciseId: string): boolean =>
    todayIds.kind === 'ready' &&
    todayIds.data.session !== null &&
    todayIds.data.items.some((entry) => entry.exerciseId === exerciseId);
  if (program === null) {
    return (
      <section className="page">
        <h1>No program yet</h1>
        <p>
          {state.findings === null
            ? 'Finish the assessment to get your program.'
            : 'Your findings say to see a professional first.'}
        </p>
        <a
          className="button primary"
          href={routeHref({ page: state.findings === null ? 'welcome' : 'findings' })}
        >
          {state.findings === null ? 'Start the assessment' : 'See the findings'}
        </a>
      </section>
    );
  }
  const owned = state.assessment?.answers.equipment;
  // Only what the person said they have: the rest is replaced by stand-ins noted on each exercise.
  const equipment = programEquipment(program, catalog).filter(
    (piece) => !Array.isArray(owned) || owned.includes(piece),
  );
  return (
    <section className="page program">
      <h1>Your program</h1>
      <p className="lead">
        About {Math.round(program.minutesPerSession)} minutes a session. Do the blocks from top to bottom;
        each exercise says why it is there.
      </p>
      <div className="card">
        <h2>What you need</h2>
        <p>
          {equipment.length === 0
            ? 'Nothing but yourself and a little floor space.'
            : equipment.map((piece) => EQUIPMENT_LABELS[piece]).join(', ')}
        </p>
      </div>
      {program.paused !== undefined ? (
        <div className="notice stop" role="alert">
          <p>
            <strong>Your program is paused since {program.paused.on}.</strong>{' '}
            {program.paused.reasons.join(' ')}
          </p>
          <a className="button" href={routeHref({ page: 'today' })}>
            Who to see, and how to carry on
          </a>
        </div>
      ) : (
        <TodayCard />
      )}
      <div className="actions no-print">
        <a className="button" href={routeHref({ page: 'print' })}>
          Printable plan
        </a>
        <a className="button" href={routeHref({ page: 'report' })}>
          Share with my physio
        </a>
        <a className="button" href="/api/program/calendar.ics" download="kneeline.ics">
          Add to my calendar (.ics)
        </a>
      </div>

      <details className="card">
        <summary>The 4-week plan</summary>
        <WeekTable weeks={program.weeks} />
      </details>

      {program.blocks.map((block) => (
        <section key={block.block} aria-labelledby={`block-${block.block}`}>
          <h2 id={`block-${block.block}`}>{block.title !== '' ? block.title : BLOCK_TITLES[block.block]}</h2>
          {block.items.map((item) => (
            <ProgramItemCard
              key={`${item.exerciseId}-${item.sides}`}
              item={item}
              catalog={catalog}
              today={inToday(item.exerciseId)}
            />
          ))}
        </section>
      ))}

      {program.advice.length > 0 ? (
        <section>
          <h2>Everyday habits</h2>
          {program.advice.map((entry) => {
            const advice = adviceIn(catalog, entry.adviceId);
            return (
              <details className="card" key={entry.adviceId}>
                <summary>{advice?.title ?? entry.adviceId}</summary>
                <p className="small muted">{plainParts(entry.reason).text}</p>
                {advice !== undefined ? (
                  <ul>
                    {advice.points.map((point) => (
                      <li key={point}>{point}</li>
                    ))}
                  </ul>
                ) : null}
                <WhyWeSayThis cited={plainParts(entry.reason).cited} />
              </details>
            );
          })}
        </section>
      ) : null}

      {program.leftOut.length > 0 ? (
        <details className="card">
          <summary>Left out for now ({program.leftOut.length})</summary>
          <ul>
            {program.leftOut.map((entry) => (
              <li key={entry.exerciseId}>
                <strong>{exerciseName(catalog, entry.exerciseId)}:</strong> {plainParts(entry.why).text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
