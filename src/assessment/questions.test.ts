import { describe, expect, it } from 'vitest';
import { answersSchema, RED_FLAG_KEYS } from './answers.js';
import { shouldAsk } from './question-types.js';
import { QUESTIONS } from './questions.js';

describe('QUESTIONS', () => {
  it('asks the safety questions before anything else', () => {
    expect(QUESTIONS.slice(0, RED_FLAG_KEYS.length).map((q) => q.id)).toEqual([...RED_FLAG_KEYS]);
  });

  it('asks for every answer the schema knows, once each', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(answersSchema.shape).sort());
  });

  it('offers only options the answer schema accepts', () => {
    for (const question of QUESTIONS) {
      if (question.input.kind !== 'single' && question.input.kind !== 'multi') {
        continue;
      }
      const field = answersSchema.shape[question.id as keyof typeof answersSchema.shape];
      for (const option of question.input.options) {
        const value = question.input.kind === 'multi' ? [option.value] : option.value;
        expect(field.safeParse(value).success, `${question.id}: ${option.value}`).toBe(true);
      }
    }
  });

  it('gives every question a prompt and help text', () => {
    expect(QUESTIONS.every((q) => q.prompt.length > 10 && q.help.length > 5)).toBe(true);
  });
});

describe('shouldAsk', () => {
  const painLevel = QUESTIONS.find((q) => q.id === 'painLevel');
  const weeks = QUESTIONS.find((q) => q.id === 'surgeryWeeksAgo');

  it('skips the pain questions for someone with no pain', () => {
    expect(painLevel && shouldAsk(painLevel, { painAreas: ['none'] })).toBe(false);
    expect(painLevel && shouldAsk(painLevel, { painAreas: ['knee'] })).toBe(true);
  });

  it('asks about the operation only when it started after surgery', () => {
    expect(weeks && shouldAsk(weeks, { onset: 'after-surgery' })).toBe(true);
    expect(weeks && shouldAsk(weeks, { onset: 'gradual' })).toBe(false);
  });
});
