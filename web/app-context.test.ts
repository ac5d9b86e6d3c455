import { describe, expect, it } from 'vitest';
import { QUESTIONS, SAFETY_QUESTIONS } from '../src/assessment/questions.js';
import { withUniqueQuestions } from './app-context.js';

describe('withUniqueQuestions', () => {
  it('asks each question once even when the definition lists the safety questions twice', () => {
    const definition = withUniqueQuestions({
      questions: [...SAFETY_QUESTIONS, ...QUESTIONS],
      safetyQuestionIds: SAFETY_QUESTIONS.map((question) => question.id),
      selfTests: [],
    });
    const ids = definition.questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(SAFETY_QUESTIONS[0]?.id);
  });
});
