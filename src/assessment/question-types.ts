/**
 * The shape of one question, shared by the questionnaire and the self-tests, so the CLI now and
 * the web questionnaire later render both from the same data (one question per step).
 */

/** One choice as the user sees it; `value` is what the answer file stores. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

/** How a question is answered. A `length` is entered in cm or in and stored as `{ value, unit }`. */
export type QuestionInput =
  | { readonly kind: 'yes-no' }
  | { readonly kind: 'single'; readonly options: readonly Option[] }
  | { readonly kind: 'multi'; readonly options: readonly Option[] }
  | {
      readonly kind: 'number';
      readonly unit: string;
      readonly min: number;
      readonly max: number;
      readonly integer: boolean;
    }
  | { readonly kind: 'length'; readonly maxCm: number };

/** Ask a question only when an earlier answer has a given value (or contains it, for lists). */
export interface AskIf {
  readonly answer: string;
  readonly is?: string | boolean | number;
  readonly isNot?: string | boolean | number;
}

export interface Question {
  /** The answer's field name in the answers file, e.g. 'minutesPerSession'. */
  readonly id: string;
  readonly prompt: string;
  /** One or two sentences that help a person answer. */
  readonly help: string;
  readonly input: QuestionInput;
  readonly askIf?: AskIf;
}

/** True when `question` should be asked, given the answers so far. */
export function shouldAsk(
  question: Pick<Question, 'askIf'>,
  answers: Readonly<Record<string, unknown>>,
): boolean {
  const rule = question.askIf;
  if (rule === undefined) {
    return true;
  }
  const given = answers[rule.answer];
  const matches = (value: string | boolean | number): boolean =>
    Array.isArray(given) ? given.includes(value) : given === value;
  if (rule.is !== undefined && !matches(rule.is)) {
    return false;
  }
  return !(rule.isNot !== undefined && matches(rule.isNot));
}

/** Options from plain values and their labels, in order. */
export function options(labels: Readonly<Record<string, string>>): readonly Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
