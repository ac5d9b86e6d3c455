import { describe, expect, it } from 'vitest';
import { answersSchema, sexOf } from './answers.js';
import { SAMPLE_ANSWERS } from './sample-input.js';

const messages = (data: unknown): string =>
  answersSchema
    .safeParse(data)
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('\n') ?? '';

describe('answersSchema', () => {
  it('accepts a complete set of answers and fills in what was skipped', () => {
    const answers = answersSchema.parse(SAMPLE_ANSWERS);
    expect(answers.painLevel).toBe(0);
    expect(answers.oneAreaOnly).toBe(false);
    expect(answers.weeksOfExerciseSoFar).toBe(0);
  });

  it('says which age groups exist when an unknown one is given', () => {
    expect(messages({ ...SAMPLE_ANSWERS, ageGroup: 'baby' })).toMatch(
      /ageGroup: choose an age group: one of child, teen, adult, older-adult/,
    );
  });

  it('refuses "no pain" together with a pain area, and a pain level with "no pain"', () => {
    expect(messages({ ...SAMPLE_ANSWERS, painAreas: ['none', 'knee'] })).toMatch(
      /"none" cannot be chosen together/,
    );
    expect(messages({ ...SAMPLE_ANSWERS, painAreas: ['none'], painLevel: 4 })).toMatch(
      /choose where it hurts/,
    );
  });

  it('takes "no pain" with a pain level of 0, and refuses it from a pain level of 1', () => {
    expect(messages({ ...SAMPLE_ANSWERS, painAreas: ['none'], painLevel: 0 })).toBe('');
    expect(messages({ ...SAMPLE_ANSWERS, painAreas: ['none'], painLevel: 1 })).toMatch(
      /choose where it hurts/,
    );
  });

  it('takes an age at either end of its group and refuses one a year outside (AGE_GROUP_YEARS, the questionnaire labels)', () => {
    const age = (ageGroup: string, ageYears: number): string =>
      messages({ ...SAMPLE_ANSWERS, ageGroup, ageYears });
    expect(age('adult', 18)).toBe('');
    expect(age('adult', 64)).toBe('');
    expect(age('adult', 17)).toMatch(/an age of 17 does not fit the age group "adult" \(18-64 years\)/);
    expect(age('adult', 65)).toMatch(/an age of 65 does not fit the age group "adult"/);
  });

  it('names one unknown answer in the singular and several in the plural', () => {
    expect(messages({ ...SAMPLE_ANSWERS, favouriteColour: 'red' })).toMatch(
      /unknown answer "favouriteColour": check the spelling, or remove it$/,
    );
    expect(messages({ ...SAMPLE_ANSWERS, favouriteColour: 'red', shoeSize: 42 })).toMatch(
      /unknown answers "favouriteColour", "shoeSize": check the spelling, or remove them$/,
    );
  });

  it('asks for the weeks since surgery when it started after surgery', () => {
    expect(messages({ ...SAMPLE_ANSWERS, onset: 'after-surgery' })).toMatch(
      /surgeryWeeksAgo: .*how many weeks ago/,
    );
  });

  it('keeps minutes, days and pain within their ranges, in words', () => {
    expect(messages({ ...SAMPLE_ANSWERS, minutesPerSession: 2 })).toMatch(
      /minutes per session must be at least 5 minutes/,
    );
    expect(messages({ ...SAMPLE_ANSWERS, daysPerWeek: 8 })).toMatch(/days per week must be at most 7 days/);
    expect(messages({ ...SAMPLE_ANSWERS, painAreas: ['knee'], painLevel: 11 })).toMatch(
      /pain now must be at most 10/,
    );
    expect(messages({ ...SAMPLE_ANSWERS, daysPerWeek: 2.5 })).toMatch(/whole number/);
  });

  it('only takes equipment the exercise library knows', () => {
    expect(messages({ ...SAMPLE_ANSWERS, equipment: ['kettlebell'] })).toMatch(
      /equipment.0: choose equipment you have/,
    );
  });
});

describe('sexOf', () => {
  it('reads a given sex and gives null for a missing or unknown one', () => {
    expect(sexOf({ sex: 'female' })).toBe('female');
    expect(sexOf({ sex: 'male' })).toBe('male');
    expect(sexOf({})).toBeNull();
    expect(sexOf({ sex: 'prefer-not' })).toBeNull();
  });
});
