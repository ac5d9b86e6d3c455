import { describe, expect, it } from 'vitest';
import { answersSchema } from './answers.js';
import { QUESTIONS } from './questions.js';
import { SELF_TESTS } from './self-tests.js';
import { QUICK_QUESTION_IDS, QUICK_START_MINUTES, QUICK_TEST_IDS, testsStillToDo } from './quick-start.js';

describe('quick start', () => {
  it('asks every answer the findings cannot do without', () => {
    const shape = answersSchema.shape as Record<
      string,
      { safeParse: (value: unknown) => { success: boolean } }
    >;
    const safety = ['acutePain', 'severePersistentPain', 'givingWay', 'fixedDeformity'];
    const required = Object.keys(shape).filter(
      (id) => !safety.includes(id) && !shape[id]?.safeParse(undefined).success,
    );
    expect(required.filter((id) => !(QUICK_QUESTION_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('names only questions and tests that exist', () => {
    const questionIds = QUESTIONS.map((question) => question.id);
    expect(QUICK_QUESTION_IDS.filter((id) => !questionIds.includes(id))).toEqual([]);
    expect(QUICK_TEST_IDS.filter((id) => !SELF_TESTS.some((test) => test.id === id))).toEqual([]);
  });

  it('promises a first program in about ten minutes', () => {
    expect(QUICK_START_MINUTES).toBeLessThanOrEqual(10);
  });
});

describe('testsStillToDo', () => {
  it('lists the tests without a saved result, in order', () => {
    const tests = [
      { id: 'a', key: 'aKey' },
      { id: 'b', key: 'bKey' },
      { id: 'c', key: 'cKey' },
    ];
    expect(testsStillToDo(tests, { bKey: { left: 1 } })).toEqual(['a', 'c']);
  });
});
