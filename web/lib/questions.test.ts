import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/assessment/questions.js';
import { answerProblem, questionSteps } from './questions.js';

describe('questionSteps', () => {
  it('leaves the safety questions to the welcome screen', () => {
    const ids = questionSteps(QUESTIONS, {}).map((question) => question.id);
    expect(ids).not.toContain('acutePain');
    expect(ids).toContain('ageGroup');
  });

  it('asks about the operation only after the person says it started after surgery', () => {
    const before = questionSteps(QUESTIONS, { onset: 'gradual' }).map((question) => question.id);
    const after = questionSteps(QUESTIONS, { onset: 'after-surgery' }).map((question) => question.id);
    expect(before).not.toContain('surgeryWeeksAgo');
    expect(after).toContain('surgeryWeeksAgo');
  });
});

describe('answerProblem', () => {
  const byId = (id: string) => {
    const question = QUESTIONS.find((candidate) => candidate.id === id);
    if (question === undefined) {
      throw new Error(`no question ${id}`);
    }
    return question;
  };

  it('asks for an answer before going on when the question needs one', () => {
    expect(answerProblem(byId('ageGroup'), undefined)).toMatch(/choose an answer/);
    expect(answerProblem(byId('ageGroup'), 'adult')).toBeNull();
  });

  it('asks for a number when a number question is left empty', () => {
    expect(answerProblem(byId('minutesPerSession'), undefined)).toMatch(/enter a number/);
  });

  it('lets the person skip a question that may be left empty', () => {
    expect(answerProblem(byId('sex'), undefined)).toBeNull();
  });

  it('refuses "none" together with a real answer', () => {
    expect(answerProblem(byId('equipment'), ['none', 'band'])).toMatch(/None/);
  });
});
