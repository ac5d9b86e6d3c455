/**
 * "Your next session: Saturday 5 December", shown wherever a person ends (today, a saved session,
 * the program), and the offer of the self-tests still to do after a quick start.
 */
import { testsStillToDo } from '../../src/assessment/quick-start.js';
import { MINUTES } from '../../src/assessment/quick-start.js';
import { useApp } from '../app-context.js';
import { useNextSession } from '../lib/next-session.js';
import { routeHref } from '../lib/router.js';

export function NextSession({
  afterToday,
  reloadKey = 0,
}: {
  readonly afterToday: boolean;
  readonly reloadKey?: number;
}) {
  const next = useNextSession(afterToday, reloadKey);
  if (next === null) {
    return null;
  }
  return (
    <p className="next-session" role="status">
      <strong>Your next session:</strong> {next}.
    </p>
  );
}

/** After the quick start: how many tests are left, and a link to do the next one or two. */
export function MoreTestsOffer() {
  const { state, definition } = useApp();
  const left = testsStillToDo(definition.selfTests, state.assessment?.tests ?? {});
  if (left.length === 0 || state.findings === null) {
    return null;
  }
  return (
    <aside className="card more-tests" aria-labelledby="more-tests-title">
      <h2 id="more-tests-title">Sharpen your findings</h2>
      <p>
        {left.length} self-test{left.length === 1 ? '' : 's'} not done yet, about {MINUTES.laterTest} minutes
        each. Do one or two after a session; each result is added to your findings and your program.
      </p>
      <a className="button" href={routeHref({ page: 'tests', set: 'more' })}>
        Do the next test
      </a>
    </aside>
  );
}
