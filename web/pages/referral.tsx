/**
 * Shown when the safety check or the findings say: see a professional first. It names what we
 * heard, who to see and what to do until then. No program is offered when the referral says stop.
 */
import type { RedFlagKey } from '../../src/assessment/answers.js';
import { RED_FLAG_KEYS } from '../../src/assessment/answers.js';
import { EXCLUSION_WORDS, OUTCOME_WORDS } from '../../src/assessment/describe-triage.js';
import type { Professional, Referral, Triage } from '../../src/assessment/types.js';
import { useApp } from '../app-context.js';
import { routeHref } from '../lib/router.js';
import { plainParts } from '../lib/plain-words.js';

const RED_FLAG_WORDS: Readonly<Record<RedFlagKey, string>> = {
  acutePain: 'Your knee started hurting or swelled up after a recent injury.',
  severePersistentPain: 'You have strong pain that does not settle with rest.',
  givingWay: 'Your knee gives way or feels unstable.',
  swellingWithoutInjury: 'Your knee swells up without an injury.',
  warmOrRed: 'Your knee is warm to the touch or red.',
  footNumbOrCold: 'The foot below the knee is numb, cold or a different colour.',
  nightPain: 'Your knee hurts at night or wakes you up.',
};

export const PROFESSIONAL_WORDS: Readonly<Record<Professional, string>> = {
  'physical-therapist': 'a physiotherapist',
  'orthopedic-specialist': 'an orthopaedic specialist',
  doctor: 'your doctor (GP)',
  'paediatric-physiotherapist': 'a physiotherapist who works with children',
  'urgent-care': 'an emergency department or urgent care, today',
  'paediatric-orthopaedic-specialist': 'a children’s orthopaedic doctor (paediatric orthopaedics)',
};

/** What to do next when only the safety answers are known. */
const FIRST_STEPS: readonly string[] = [
  'Book an appointment with your doctor or a physiotherapist and tell them what you told us.',
  'Until then, avoid what makes the pain or the giving way worse: deep squats, jumping, twisting on the knee.',
  'If the knee is hot, very swollen, cannot take your weight or locks, get urgent care today.',
  'Come back once a professional has checked you; Kneeline can then build a program that fits their advice.',
];

const OUTCOME_TONE: Readonly<Record<Triage['outcome'], string>> = {
  urgent: 'stop',
  'see-professional-first': 'stop',
  'normal-for-age': '',
  'start-with-adaptations': 'warn',
  go: '',
};

/**
 * The safety check's decision, exactly as the CLI prints it (src/assessment/describe-triage.ts):
 * outcome, who to see, why with each reason's source, what changes in the program, next steps.
 */
export function TriageView({ triage }: { readonly triage: Triage }) {
  return (
    <div
      className={`notice ${OUTCOME_TONE[triage.outcome]}`}
      role={triage.outcome === 'urgent' ? 'alert' : undefined}
    >
      <h2>{OUTCOME_WORDS[triage.outcome]}</h2>
      {triage.professionals.length > 0 ? (
        <p>
          {triage.outcome === 'start-with-adaptations' ? 'Alongside the program, see ' : 'See '}
          {triage.professionals.map((p) => PROFESSIONAL_WORDS[p]).join(', ')}.
        </p>
      ) : null}
      {triage.reasons.length > 0 ? (
        <ul>
          {triage.reasons.map((reason) => (
            <li key={reason.ruleId}>
              {reason.text} <span className="small muted">(Source: {reason.source})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {triage.exclusions.length > 0 ? (
        <>
          <h3>Changes to the program</h3>
          <ul>
            {triage.exclusions.map((exclusion) => (
              <li key={exclusion}>{EXCLUSION_WORDS[exclusion]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {triage.nextSteps.length > 0 ? (
        <ol>
          {triage.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function ReferralAdvice({ referral }: { readonly referral: Referral }) {
  return (
    <>
      <h2>Who to see</h2>
      <ul>
        {referral.to.map((professional) => (
          <li key={professional}>{PROFESSIONAL_WORDS[professional]}</li>
        ))}
      </ul>
      {referral.reasons.length > 0 ? (
        <>
          <h2>Why</h2>
          <ul>
            {referral.reasons.map((reason) => (
              <li key={reason}>{plainParts(reason).text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>What to do next</h2>
      <ol>
        {referral.nextSteps.map((step) => (
          <li key={step}>{plainParts(step).text}</li>
        ))}
      </ol>
    </>
  );
}

export function ReferralPage() {
  const { state } = useApp();
  const answers = state.assessment?.answers ?? {};
  const flags = RED_FLAG_KEYS.filter((key) => answers[key] === true);
  const referral = state.findings?.referral ?? null;
  const triage = state.findings?.triage;
  if (triage !== undefined) {
    return (
      <section className="page">
        <h1>
          {triage.outcome === 'normal-for-age'
            ? 'No program needed for now'
            : 'Please see a professional first'}
        </h1>
        <TriageView triage={triage} />
        <div className="card">
          <h2>Answered by mistake?</h2>
          <p>You can go back and change your answers.</p>
          <a className="button" href={routeHref({ page: 'questions', step: 1 })}>
            Change my answers
          </a>
        </div>
      </section>
    );
  }
  return (
    <section className="page">
      <h1>Please see a professional first</h1>
      <div className="notice stop" role="alert">
        <p>
          <strong>What you told us needs a proper check before you start exercises.</strong> We will not build
          a program for now: the right next step is a person who can examine your knee.
        </p>
      </div>
      {flags.length > 0 ? (
        <>
          <h2>What you told us</h2>
          <ul>
            {flags.map((flag) => (
              <li key={flag}>{RED_FLAG_WORDS[flag]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {referral !== null ? (
        <ReferralAdvice referral={referral} />
      ) : (
        <>
          <h2>What to do next</h2>
          <ol>
            {FIRST_STEPS.map((step) => (
              <li key={step}>{plainParts(step).text}</li>
            ))}
          </ol>
        </>
      )}
      <div className="card">
        <h2>Answered by mistake?</h2>
        <p>You can go back to the safety check and change your answers.</p>
        <a className="button" href={routeHref({ page: 'welcome' })}>
          Back to the safety check
        </a>
      </div>
    </section>
  );
}
