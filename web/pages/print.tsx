/** The plan on paper: one page per week with its dates and a tick box per exercise and session. */
import { addDays } from '../../src/program/iso-date.js';
import type { SessionSummary } from '../api/types.js';
import { useApp } from '../app-context.js';
import { exerciseName } from '../lib/catalog-lookup.js';
import { routeHref } from '../lib/router.js';
import { dosageWords, legWords } from '../lib/words.js';
import { useFetch } from '../lib/use-fetch.js';

const dayWords = (date: string): string =>
  new Date(`${date}T12:00:00`).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });

export function PrintPage() {
  const { state, catalog } = useApp();
  const program = state.program;
  const start = state.settings.startDate;
  const { result } = useFetch<readonly SessionSummary[]>(
    program === null ? null : `/api/sessions?from=${start}&to=${addDays(start, 27)}`,
  );
  if (program === null) {
    return (
      <section className="page">
        <h1>No program to print yet</h1>
        <a href={routeHref({ page: 'welcome' })}>Start the assessment</a>
      </section>
    );
  }
  const sessions = result.kind === 'ready' ? result.data : [];
  const items = program.blocks.flatMap((block) => block.items);
  const weeks = program.weeks.filter((week) => week.week <= 4);
  return (
    <section className="page print-view">
      <div className="no-print">
        <h1>Printable plan</h1>
        <p>One page per week. Tick each exercise as you finish it.</p>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => window.print()}>
            Print
          </button>
          <a className="button" href={routeHref({ page: 'program' })}>
            Back to the program
          </a>
        </div>
      </div>
      {weeks.map((week) => {
        const days = sessions.filter((session) => session.week === week.week && session.kind === 'session');
        const columns = days.length > 0 ? days.length : week.sessionsPerWeek;
        return (
          <article className="print-week card" key={week.week}>
            <h2>
              Kneeline, week {week.week}: {week.focus}
            </h2>
            <p>
              {week.sessionsPerWeek} sessions this week, about {Math.round(program.minutesPerSession)} minutes
              each.
              {week.retest ? ' Re-test your measurements this week.' : ''}
              {week.review ? ' At the end of the week, do the 4-week review.' : ''}
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">Exercise</th>
                  <th scope="col">How much</th>
                  {days.length > 0
                    ? days.map((day) => (
                        <th scope="col" key={day.id}>
                          {dayWords(day.date)}
                        </th>
                      ))
                    : Array.from({ length: week.sessionsPerWeek }, (_, index) => (
                        <th scope="col" key={index}>
                          Day {index + 1}
                        </th>
                      ))}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.exerciseId}-${item.sides}`}>
                    <th scope="row">{exerciseName(catalog, item.exerciseId)}</th>
                    <td>
                      {dosageWords(item.dosage, item.sides)}. {legWords(item.sides)}
                      {(item.adaptations ?? []).map((change) => (
                        <span className="small" key={change}>
                          <br />
                          <strong>Change:</strong> {change}
                        </span>
                      ))}
                    </td>
                    {Array.from({ length: columns }, (_, index) => (
                      <td key={index} aria-label="tick box">
                        ☐
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="small">
              Pain is a stop sign: stop or make the exercise easier. A stretch feeling is fine.
            </p>
          </article>
        );
      })}
    </section>
  );
}
