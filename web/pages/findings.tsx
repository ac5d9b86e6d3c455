/** What we found, in plain words: the drivers with their evidence, a body diagram, any referral. */
import type { Findings, MixedPicture, Severity } from '../../src/assessment/types.js';
import { DRIVER_LABELS } from '../../src/program/labels.js';
import { BodyDiagram } from '../components/body-diagram.js';
import { MoreTestsOffer, NextSession } from '../components/next-session.js';
import { useApp } from '../app-context.js';
import { routeHref } from '../lib/router.js';
import { PROFESSIONAL_WORDS, TriageView } from './referral.js';
import { capitalise, legWords } from '../lib/words.js';
import { driverWords, plainParts } from '../lib/plain-words.js';

const MIXED_WORDS: Readonly<Record<MixedPicture, string>> = {
  'bow-legs':
    'Your ankles touch while your knees stay apart: that is bow legs (genu varum), a different shape from knock knees and usually down to bone shape.',
  'knee-hyperextension':
    'Your knees bow backwards when you stand. That is a separate problem: try not to lock your knees straight.',
  'duck-feet': 'Your feet point outwards. The program works on this together with the knees.',
  'pelvis-shift': 'Your pelvis sits off to one side, which can make a knee look as if it caves in.',
};

const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  mild: 'mild',
  moderate: 'moderate',
  marked: 'marked',
};

function summary(findings: Findings): string {
  const where =
    findings.valgusSide === 'none'
      ? 'Your knees did not clearly cave in during the tests.'
      : findings.valgusSide === 'both'
        ? 'Both knees cave in.'
        : `Your ${findings.valgusSide} knee caves in.`;
  const nature =
    findings.nature === 'dynamic'
      ? 'You can move the knee back into line, so exercise has a good chance of helping.'
      : findings.nature === 'likely-structural'
        ? 'It may be partly down to bone shape, which exercise cannot change; strength and comfort can still improve.'
        : 'We do not have enough information yet to say whether muscles or bone shape are behind it.';
  return `${where} ${nature}`;
}

export function FindingsPage() {
  const { state } = useApp();
  const findings = state.findings;
  if (findings === null) {
    return (
      <section className="page">
        <h1>No findings yet</h1>
        <p>Answer the questions and do the self-tests first.</p>
        <a className="button primary" href={routeHref({ page: 'welcome' })}>
          Start the assessment
        </a>
      </section>
    );
  }
  const referral = findings.referral;
  return (
    <section className="page findings">
      <h1>What we found</h1>
      <p className="lead">{summary(findings)}</p>
      {findings.triage !== undefined ? (
        <TriageView triage={findings.triage} />
      ) : referral !== null ? (
        <div className={`notice ${referral.urgency === 'stop' ? 'stop' : 'warn'}`}>
          <h2>{referral.urgency === 'stop' ? 'See a professional first' : 'Also see a professional'}</h2>
          <p>
            We suggest {referral.to.map((who) => PROFESSIONAL_WORDS[who]).join(' or ')}
            {referral.urgency === 'alongside' ? ', alongside the program.' : ' before starting any program.'}
          </p>
          <ul>
            {referral.reasons.map((reason) => (
              <li key={reason}>{plainParts(reason).text}</li>
            ))}
          </ul>
          <ol>
            {referral.nextSteps.map((line) => (
              <li key={line}>{plainParts(line).text}</li>
            ))}
          </ol>
        </div>
      ) : null}

      <h2>Where it comes from</h2>
      <div className="card">
        <BodyDiagram findings={findings.drivers} />
      </div>

      {findings.drivers.length > 0 ? <h2>The reasons, and how we know</h2> : null}
      {findings.drivers.map((finding) => (
        <article className="card" key={`${finding.driver}-${finding.side}`}>
          <h3>{capitalise(driverWords(finding.driver, DRIVER_LABELS[finding.driver]))}</h3>
          <p>
            <span className={`tag ${finding.side}`}>{legWords(finding.side)}</span>
            <span className="tag">{SEVERITY_WORDS[finding.severity]}</span>
          </p>
          {finding.evidence.length > 0 ? (
            <>
              <p className="small muted">What points to it:</p>
              <ul>
                {finding.evidence.map((item) => (
                  <li key={`${item.source}-${item.detail}`}>{plainParts(item.detail).text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </article>
      ))}

      {findings.mixedPictures.length > 0 ? (
        <>
          <h2>Also worth knowing</h2>
          <ul>
            {findings.mixedPictures.map((picture) => (
              <li key={picture}>{MIXED_WORDS[picture]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {findings.notes.length > 0 ? (
        <div className="notice">
          {findings.notes.map((note) => (
            <p key={note}>{plainParts(note).text}</p>
          ))}
        </div>
      ) : null}

      <div className="actions">
        {state.program !== null ? (
          <>
            <a className="button primary big" href={routeHref({ page: 'today' })}>
              Start today&apos;s session
            </a>
            <a className="button" href={routeHref({ page: 'program' })}>
              See my program
            </a>
          </>
        ) : (
          <a className="button primary" href={routeHref({ page: 'referral' })}>
            What to do next
          </a>
        )}
        <a className="button" href={routeHref({ page: 'questions', step: 1 })}>
          Change my answers
        </a>
        <a className="button" href={routeHref({ page: 'report' })}>
          Share with my physio
        </a>
      </div>
      {state.program !== null ? <NextSession afterToday={false} /> : null}
      <MoreTestsOffer />
    </section>
  );
}
