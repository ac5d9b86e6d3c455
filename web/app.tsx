/** The app's frame: a skip link, the header with its navigation, and the page for the route. */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useApp } from './app-context.js';
import { routeHref, useRoute } from './lib/router.js';
import type { Route } from './lib/router.js';
import { WelcomePage } from './pages/welcome.js';
import { ReferralPage } from './pages/referral.js';
import { QuestionnairePage } from './pages/questionnaire.js';
import { SelfTestsPage } from './pages/self-tests.js';
import { FindingsPage } from './pages/findings.js';
import { ProgramPage } from './pages/program.js';
import { PrintPage } from './pages/print.js';
import { TodayPage } from './pages/today.js';
import { ProgressPage } from './pages/progress.js';
import { SettingsPage } from './pages/settings.js';
import { LibraryPage } from './pages/library/library-page.js';
import { MeasurePage } from './pages/measure.js';
import { KneeSensePage } from './pages/knee-sense.js';
import { QuickStartPage } from './pages/quick-start.js';
import { ReportPage } from './pages/report.js';

interface NavItem {
  readonly route: Route;
  readonly label: string;
}

function navItems(hasProgram: boolean, hasFindings: boolean): readonly NavItem[] {
  if (!hasFindings) {
    return [
      { route: { page: 'welcome' }, label: 'Start' },
      { route: { page: 'measure', test: null, side: null }, label: 'Camera tests' },
      { route: { page: 'library', entryId: null }, label: 'Library' },
      { route: { page: 'settings' }, label: 'Settings' },
    ];
  }
  const items: NavItem[] = [];
  if (hasProgram) {
    items.push(
      { route: { page: 'today' }, label: 'Today' },
      { route: { page: 'program' }, label: 'Program' },
    );
  }
  items.push({ route: { page: 'findings' }, label: 'Findings' });
  if (hasProgram) {
    items.push({ route: { page: 'progress' }, label: 'Progress' });
  }
  items.push({ route: { page: 'measure', test: null, side: null }, label: 'Camera tests' });
  items.push({ route: { page: 'library', entryId: null }, label: 'Library' });
  items.push({ route: { page: 'settings' }, label: 'Settings' });
  return items;
}

const PAGE_TITLES: Readonly<Record<Route['page'], string>> = {
  welcome: 'Welcome',
  referral: 'See a professional first',
  questions: 'Questions',
  tests: 'Self-tests',
  quick: 'About you',
  report: 'Report for your physio',
  findings: 'What we found',
  program: 'Your program',
  print: 'Printable plan',
  today: "Today's session",
  progress: 'Your progress',
  settings: 'Settings',
  library: 'Exercise library',
  measure: 'Camera tests',
  'knee-sense': 'Knee position sense',
  'not-found': 'Page not found',
};

function page(route: Route): ReactNode {
  switch (route.page) {
    case 'welcome':
      return <WelcomePage />;
    case 'referral':
      return <ReferralPage />;
    case 'questions':
      return <QuestionnairePage step={route.step} />;
    case 'tests':
      return <SelfTestsPage key={route.set ?? 'all'} set={route.set} />;
    case 'quick':
      return <QuickStartPage />;
    case 'report':
      return <ReportPage />;
    case 'findings':
      return <FindingsPage />;
    case 'program':
      return <ProgramPage />;
    case 'print':
      return <PrintPage />;
    case 'today':
      return <TodayPage />;
    case 'progress':
      return <ProgressPage />;
    case 'settings':
      return <SettingsPage />;
    case 'library':
      return <LibraryPage entryId={route.entryId} />;
    case 'measure':
      return <MeasurePage test={route.test} side={route.side} />;
    case 'knee-sense':
      return <KneeSensePage />;
    case 'not-found':
      return (
        <section className="page">
          <h1>We could not find that page</h1>
          <p>
            <a href="#/">Go to the start</a>
          </p>
        </section>
      );
  }
}

export function App() {
  const route = useRoute();
  const { state } = useApp();
  const items = navItems(state.program !== null, state.findings !== null);
  const firstRender = useRef(true);
  useEffect(() => {
    document.title = `${PAGE_TITLES[route.page]} · Kneeline`;
    // After a page change, start a screen reader (and the Tab key) at the top of the new page.
    if (!firstRender.current) {
      document.getElementById('main')?.focus({ preventScroll: true });
    }
    firstRender.current = false;
    // On a phone the navigation scrolls sideways: keep the current page's link in view.
    document
      .querySelector('.site-header nav [aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [route]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => skipToMain(event)}>
        Skip to the page
      </a>
      <header className="site-header no-print">
        <a className="brand" href={routeHref({ page: state.program === null ? 'welcome' : 'today' })}>
          <span aria-hidden="true" className="brand-mark" />
          Kneeline
        </a>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.label}>
                <a
                  href={routeHref(item.route)}
                  aria-current={item.route.page === route.page ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page(route)}
      </main>
    </>
  );
}

/** The skip link must not change the hash (that is the router's). */
function skipToMain(event: { preventDefault: () => void }): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
