/**
 * The safety triage after every logged session, on the pain-monitoring model (NORMS.md, "Pain
 * during exercise"; Silbernagel 2007) and the red flags. Per knee: pain above 5/10 during an
 * exercise, pain not settled within about an hour, or pain rising week to week moves that knee's
 * loading exercises down; 7/10 or more, worse the next morning, new swelling, locking or giving way
 * stops the program and names who to see. Pain elsewhere (the back) does not touch the knee's work.
 * It speaks the pre-program triage's vocabulary (`Triage`), so the app shows both the same way.
 */
import type { Professional, Side, Triage, TriageOutcome, TriageReason } from '../assessment/types.js';
import { TRIAGE_OUTCOMES } from '../assessment/types.js';
import type { CatalogEntry } from '../catalog/types.js';
import type { SessionLog, SessionSymptoms } from '../coaching/types.js';
import type { IsoDate, Program } from '../program/types.js';
import { weekOf } from './dates.js';
import { PAUSED_NEXT_STEPS } from './paused.js';

/** Up to 5/10 during exercise is acceptable (NORMS.md, pain-monitoring model). */
export const ACCEPTABLE_PAIN_MAX = 5;
/** 7/10 or more during a session stops the program (issue 9's line above the model's 5/10). */
export const STOP_PAIN_MIN = 7;
const MODEL = 'NORMS.md, Pain during exercise (pain-monitoring model; Silbernagel 2007; La Trobe TREK)';
const FLAGS = 'NORMS.md, Red flags and where to send the person';
/** Blocks whose exercises put weight or load through the knee. */
const LOADING_BLOCKS: ReadonlySet<string> = new Set([
  'strength',
  'alignment',
  'anti-valgus',
  'walking-pattern',
]);

export interface SessionTriage extends Triage {
  /** Exercises to move down a rung (or to their easiest dosage), each with why. */
  readonly regress: readonly { readonly exerciseId: string; readonly why: string }[];
}

const KNEES: Readonly<Record<string, readonly Side[]>> = {
  'left-knee': ['left'],
  'right-knee': ['right'],
  'both-knees': ['left', 'right'],
};

/** The knees an exercise's pain was in: none for pain elsewhere, both when not said (cautious). */
function kneesOf(painWhere: string | undefined): readonly Side[] {
  return painWhere === 'elsewhere' ? [] : (KNEES[painWhere ?? 'both-knees'] ?? ['left', 'right']);
}

/** The worst knee pain during exercise in one session, per knee. */
function kneePain(log: SessionLog): Readonly<Record<Side, number>> {
  const worst = { left: 0, right: 0 };
  for (const exercise of log.exercises) {
    for (const knee of kneesOf(exercise.painWhere)) {
      worst[knee] = Math.max(worst[knee], exercise.painDuring ?? 0);
    }
  }
  return worst;
}

/** True when the knee's worst weekly pain rose in each of the last two weeks (three weeks of data). */
export function risingWeekToWeek(logs: readonly SessionLog[], startDate: IsoDate, knee: Side): boolean {
  const byWeek = new Map<number, number>();
  for (const log of logs) {
    const week = weekOf(startDate, log.sessionDate);
    byWeek.set(week, Math.max(byWeek.get(week) ?? 0, kneePain(log)[knee]));
  }
  const weeks = [...byWeek.entries()].sort((a, b) => a[0] - b[0]).map(([, pain]) => pain);
  const [a, b, c] = weeks.slice(-3);
  return a !== undefined && b !== undefined && c !== undefined && a < b && b < c && c > 0;
}

interface Found {
  readonly outcome: TriageOutcome;
  readonly to: readonly Professional[];
  readonly reason: TriageReason;
  readonly knees: readonly Side[];
}

const found = (
  outcome: TriageOutcome,
  to: readonly Professional[],
  ruleId: string,
  text: string,
  source: string,
  knees: readonly Side[] = ['left', 'right'],
): Found => ({ outcome, to, reason: { ruleId, text, source }, knees });

/** What the symptoms around a session say: red flags stop, pain that lingers steps down. */
function symptomFindings(s: SessionSymptoms): Found[] {
  const out: Found[] = [];
  const symptomKnees: readonly Side[] =
    s.knee === undefined || s.knee === 'both' ? ['left', 'right'] : [s.knee];
  if (s.locking === true) {
    out.push(
      found(
        'urgent',
        ['orthopedic-specialist'],
        'session-locking',
        'The knee has locked or caught since the last session: stop the program and get an urgent orthopaedic appointment.',
        `${FLAGS}: a locked knee (urgent orthopaedic review)`,
      ),
    );
  }
  if (s.newSwelling === true) {
    out.push(
      found(
        'see-professional-first',
        ['doctor'],
        'session-new-swelling',
        'The knee has swollen up: stop the program and see your doctor (go today if it is hot or you feel unwell).',
        `${FLAGS}: a hot, swollen joint`,
      ),
    );
  }
  if (s.givingWay === true) {
    out.push(
      found(
        'see-professional-first',
        ['orthopedic-specialist'],
        'session-giving-way',
        'The knee has given way: stop the program until an orthopaedic specialist has examined it.',
        'seed 002: the knee feels unstable (orthopedic specialist)',
      ),
    );
  }
  if (s.nextMorningWorse === true) {
    out.push(
      found(
        'see-professional-first',
        ['physical-therapist'],
        'session-next-morning-worse',
        'The knee was worse the next morning: stop the program and see a physical therapist before going on.',
        `${MODEL}: pain must not be worse the next morning`,
      ),
    );
  }
  if (s.painSettledWithinHour === false) {
    out.push(
      found(
        'start-with-adaptations',
        [],
        'session-pain-not-settled',
        'The pain did not settle within about an hour: the exercises that load that knee move down a step.',
        `${MODEL}: pain settles within about an hour`,
        symptomKnees,
      ),
    );
  }
  return out;
}

function findingsOf(latest: SessionLog, logs: readonly SessionLog[], startDate: IsoDate): Found[] {
  const out: Found[] = symptomFindings(latest.symptoms ?? {});
  const pain = kneePain(latest);
  for (const knee of ['left', 'right'] as const) {
    if (pain[knee] >= STOP_PAIN_MIN) {
      out.push(
        found(
          'see-professional-first',
          ['physical-therapist'],
          'session-pain-7',
          `The ${knee} knee hurt ${pain[knee]}/10 during the session: stop the program and see a physical therapist.`,
          `${MODEL}; 7/10 is the stop line`,
          [knee],
        ),
      );
    } else if (pain[knee] > ACCEPTABLE_PAIN_MAX) {
      out.push(
        found(
          'start-with-adaptations',
          [],
          'session-pain-above-5',
          `The ${knee} knee hurt ${pain[knee]}/10, above the acceptable 5/10: the exercises that load it move down a step.`,
          `${MODEL}: up to 5/10 acceptable`,
          [knee],
        ),
      );
    }
    if (risingWeekToWeek(logs, startDate, knee)) {
      out.push(
        found(
          'start-with-adaptations',
          [],
          'session-pain-rising',
          `Pain in the ${knee} knee has risen week after week: the exercises that load it move down a step.`,
          `${MODEL}: pain should not rise from week to week`,
          [knee],
        ),
      );
    }
  }
  return out;
}

const rank = (o: TriageOutcome): number => TRIAGE_OUTCOMES.indexOf(o);

/**
 * The triage after the latest of `logs` (any order): what to do with the program now.
 * @param startDate week 1's first day, for week-to-week pain
 */
export function sessionTriage(
  logs: readonly SessionLog[],
  program: Program,
  catalog: readonly CatalogEntry[],
  startDate: IsoDate,
): SessionTriage {
  const sorted = [...logs].sort((a, b) =>
    a.sessionDate < b.sessionDate ? -1 : a.sessionDate > b.sessionDate ? 1 : 0,
  );
  const latest = sorted.at(-1);
  return triageOf(latest === undefined ? [] : findingsOf(latest, sorted, startDate), program, catalog);
}

/**
 * The triage of answers given after a session was logged (the hour after, the next morning, or
 * swelling, locking, giving way noticed since): only what these answers add, so what the session
 * itself showed (and already changed) is not applied twice.
 */
export function followUpTriage(
  answers: SessionSymptoms,
  program: Pick<Program, 'blocks'>,
  catalog: readonly CatalogEntry[],
): SessionTriage {
  return triageOf(symptomFindings(answers), program, catalog);
}

function triageOf(
  hits: readonly Found[],
  program: Pick<Program, 'blocks'>,
  catalog: readonly CatalogEntry[],
): SessionTriage {
  const outcome = hits.reduce<TriageOutcome>(
    (best, h) => (rank(h.outcome) < rank(best) ? h.outcome : best),
    'go',
  );
  const blockOf = new Map(catalog.flatMap((e) => (e.kind === 'exercise' ? [[e.id, e.block] as const] : [])));
  const regress: { exerciseId: string; why: string }[] = [];
  if (outcome === 'start-with-adaptations') {
    for (const hit of hits.filter((h) => h.outcome === 'start-with-adaptations')) {
      for (const item of program.blocks.flatMap((b) => b.items)) {
        const loads = LOADING_BLOCKS.has(blockOf.get(item.exerciseId) ?? '');
        const onKnee = item.sides === 'both' || hit.knees.includes(item.sides);
        if (loads && onKnee && !regress.some((r) => r.exerciseId === item.exerciseId)) {
          regress.push({ exerciseId: item.exerciseId, why: hit.reason.text });
        }
      }
    }
  }
  const stops = rank(outcome) < rank('normal-for-age');
  return {
    outcome,
    professionals: [...new Set(hits.flatMap((h) => h.to))],
    reasons: hits.map((h) => h.reason),
    exclusions: [],
    nextSteps: stops ? [...PAUSED_NEXT_STEPS] : [],
    regress,
  };
}
