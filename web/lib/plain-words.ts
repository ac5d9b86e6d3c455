/**
 * Plain words for text that comes from the catalog, the findings and the program: internal
 * names (seed files, "the author", abbreviations) are taken out or replaced, technical terms get
 * a short explanation on first use, and citations are pulled out so the page can show them as a
 * small "Why we say this" with the article's title. The data in src/ keeps its citations.
 */
import type { Advice, Exercise, SeedFile, Source } from '../../src/catalog/types.js';

/** The three articles the content comes from, by their titles (seed 002 has none: its subject). */
export const ARTICLE_TITLES: Readonly<Record<SeedFile, string>> = {
  '000': 'How To Fix Knee Valgus',
  '001': '3 Two-Minute Knee Valgus Exercises to Fix the Root Cause',
  '002': 'Knee valgus: causes, targeted exercises and when to see a professional',
};

/** A citation as shown to a user: the article and, when known, the part of it. */
export interface Citation {
  readonly article: string;
  readonly part: string | null;
}

/** Whole sentences that need more than a word swapped. */
const SENTENCES: readonly (readonly [RegExp, string])[] = [
  [
    /The author doubts sleeping position changes how the knees sit when standing\./g,
    'Sleeping position is unlikely to change how your knees sit when you stand.',
  ],
  [
    /Seed 000's author holds his stretches for 30 seconds; that figure is his, not this seed's\./g,
    'The first article holds its stretches for 30 seconds; this one gives no time.',
  ],
];

/** Word swaps, applied in order. */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/The author also suggests /g, 'Also try '],
  [/[Tt]he author's (answers|replies)/g, 'answers to readers'],
  [/author's (answers|replies)/g, 'answers to readers'],
  [/\bThe author\b/g, 'The article'],
  [/\bthe author\b/g, 'the article'],
  // Doses borrowed from the first article where another gives no figure (src/catalog/seed-002.ts).
  [/\bseed 000's\b/g, `the "${ARTICLE_TITLES['000']}" article's`],
  [/\bSeed (\d{3}) /g, 'The article '],
  [/\bThe seed\b/g, 'The article'],
  [/\bthe seed\b/g, 'the article'],
  [/\bthis seed's\b/g, "this article's"],
  [/TFL\/anterior glute med/g, 'front-outer hip and front glute medius'],
  [/\s?\(TFL\)/g, ' (tensor fasciae latae)'],
  [/\bTFL\b/g, 'front-outer hip'],
  [/\bFPPAs?\b/g, 'knee angle'],
  [/\bKASR\b/g, 'knee-to-ankle width ratio'],
];

/** Terms explained the first time they appear in a text. */
const TERMS: readonly (readonly [RegExp, string])[] = [
  [/\bdorsiflexion\b/, 'dorsiflexion (how far the shin can tip forward over the foot)'],
  [/\bhip external rotators\b/, 'hip external rotators (the muscles that turn the thigh outwards)'],
  [/\bpronat(ed|ion)\b/, 'pronat$1 (the arch rolling in)'],
];

const SOURCE_SENTENCE = /\s*Source: seed (\d{3}), "([^"]*)"\.?/g;
const SOURCE_BRACKET = /\s*\(seed (\d{3})(?:,\s*([^)]*))?\)/g;
const SOURCE_INLINE = /\s*\(([^()]*?);?\s*seed (\d{3})[^()]*\)/g;

function isSeed(value: string | undefined): value is SeedFile {
  return value === '000' || value === '001' || value === '002';
}

/** The text with its citations taken out, in plain words, and the citations found. */
export function plainParts(text: string): { readonly text: string; readonly cited: readonly Citation[] } {
  const cited: Citation[] = [];
  const cite = (seed: string | undefined, part: string | undefined): void => {
    if (isSeed(seed)) {
      cited.push({
        article: ARTICLE_TITLES[seed],
        part: part === undefined || part === '' ? null : plain(part),
      });
    }
  };
  let out = text.replace(SOURCE_SENTENCE, (_, seed: string, part: string) => {
    cite(seed, part);
    return '';
  });
  out = out.replace(SOURCE_BRACKET, (_, seed: string, part: string | undefined) => {
    cite(seed, part?.replace(/^"|"$/g, ''));
    return '';
  });
  out = out.replace(SOURCE_INLINE, (_, before: string, seed: string) => {
    cite(seed, undefined);
    return before.trim() === '' ? '' : ` (${before.trim()})`;
  });
  return { text: plain(out), cited };
}

/** The text in plain words, citations left in place. */
export function plain(text: string): string {
  let out = text;
  for (const [pattern, words] of [...SENTENCES, ...WORDS]) {
    out = out.replace(pattern, words);
  }
  for (const [pattern, words] of TERMS) {
    out = out.replace(pattern, words);
  }
  return out
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A catalog source as a citation. */
export function citationOf(source: Source): Citation {
  return { article: ARTICLE_TITLES[source.seed], part: plain(source.section) };
}

/** Driver names where the program's label leans on a technical term. */
const DRIVER_WORDS: Readonly<Partial<Record<string, string>>> = {
  'ankle-dorsiflexion': 'stiff ankles: the shin cannot tip far enough forward over the foot',
  'hip-external-rotator-weakness':
    'weak hip rotators: the muscles at the back and side of the hip that turn the thigh out',
  'tfl-tightness': 'a tight muscle at the front and outside of the hip (tensor fasciae latae)',
  'foot-pronation': 'a flat foot: the arch rolls in (pronation)',
};

/** A driver in plain words: the label given, unless it needs explaining. */
export function driverWords(driver: string, label: string): string {
  return DRIVER_WORDS[driver] ?? plain(label);
}

const plainList = (lines: readonly string[]): readonly string[] => lines.map((line) => plainParts(line).text);

/** An exercise with every text a user reads in plain words (its source stays as data). */
export function plainExercise(exercise: Exercise): Exercise {
  const { note } = exercise.dosage;
  return {
    ...exercise,
    name: plain(exercise.name),
    muscles: plainList(exercise.muscles),
    substitutes: exercise.substitutes.map((entry) => ({ ...entry, use: plainParts(entry.use).text })),
    dosage: note === undefined ? exercise.dosage : { ...exercise.dosage, note: plainParts(note).text },
    steps: plainList(exercise.steps),
    cues: plainList(exercise.cues),
    commonErrors: plainList(exercise.commonErrors),
    stopIf: plainList(exercise.stopIf),
  };
}

/** A piece of advice in plain words. */
export function plainAdvice(advice: Advice): Advice {
  return { ...advice, title: plain(advice.title), points: plainList(advice.points) };
}
