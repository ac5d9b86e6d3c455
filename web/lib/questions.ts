/**
 * Which questions the questionnaire asks, in order, and whether an answer lets the person go on.
 * The safety questions are asked on the welcome screen, so they are left out here.
 */
import { RED_FLAG_KEYS, answersSchema } from '../../src/assessment/answers.js';
import { shouldAsk } from '../../src/assessment/question-types.js';
import type { Question } from '../../src/assessment/question-types.js';

/** The questions to step through, given the answers so far (follow-ups appear when they apply). */
export function questionSteps(
  questions: readonly Question[],
  answers: Readonly<Record<string, unknown>>,
): readonly Question[] {
  const safety: readonly string[] = RED_FLAG_KEYS;
  return questions.filter((question) => !safety.includes(question.id) && shouldAsk(question, answers));
}

/** True when the answer may be left empty (the assessment has a default or does not need it). */
export function isOptional(id: string): boolean {
  const shape: Readonly<Record<string, { safeParse: (value: unknown) => { success: boolean } }>> =
    answersSchema.shape;
  const field = shape[id];
  return field === undefined || field.safeParse(undefined).success;
}

/** Null when the person may go on; otherwise what to do, in plain words. */
export function answerProblem(question: Question, value: unknown): string | null {
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (empty) {
    if (isOptional(question.id)) {
      return null;
    }
    const typed = question.input.kind === 'number' || question.input.kind === 'length';
    return typed ? 'Please enter a number to go on.' : 'Please choose an answer to go on.';
  }
  const shape: Readonly<Record<string, { safeParse: (value: unknown) => { success: boolean } }>> =
    answersSchema.shape;
  const field = shape[question.id];
  if (field !== undefined && !field.safeParse(value).success) {
    return question.input.kind === 'multi'
      ? '"None" cannot be chosen together with other answers.'
      : 'Please check this answer.';
  }
  return null;
}
