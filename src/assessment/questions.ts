/**
 * The questionnaire as data, in the order it is asked: the safety screen (red flags) first,
 * then the person, their pain and history, then their time and kit. Ids are `Answers` fields.
 */
import type { Question } from './question-types.js';
import { options } from './question-types.js';
import { AGE_QUESTION, NEW_RED_FLAG_QUESTIONS, SCREEN_QUESTIONS, PAIN_NEXT_DAY } from './questions-screen.js';

const yesNo = { kind: 'yes-no' } as const;

/** Red flags (seed 002, "Recognizing When Professional Intervention Is Necessary"). */
export const SAFETY_QUESTIONS: readonly Question[] = [
  {
    id: 'acutePain',
    prompt: 'Did your knee start hurting suddenly, or swell up, after a recent fall, twist or knock?',
    help: 'A fresh injury needs a professional look before any exercise program.',
    input: yesNo,
  },
  {
    id: 'severePersistentPain',
    prompt: 'Do you have severe pain in the knee, hip or foot that does not settle with rest?',
    help: 'Pain that stays strong day after day should be checked first.',
    input: yesNo,
  },
  {
    id: 'givingWay',
    prompt: 'Does your knee ever give way, buckle or feel unstable under you?',
    help: 'For example, the knee suddenly folds when you turn or step down.',
    input: yesNo,
  },
  ...NEW_RED_FLAG_QUESTIONS,
];

const ABOUT_YOU: readonly Question[] = [
  {
    id: 'ageGroup',
    prompt: 'Which age group are you (or the person you are helping) in?',
    help: 'Knock knees in young children are often part of normal growth, so we handle them differently.',
    input: {
      kind: 'single',
      options: options({
        child: 'Child (under 13)',
        teen: 'Teenager (13-17)',
        adult: 'Adult (18-64)',
        'older-adult': 'Older adult (65 or over)',
      }),
    },
  },
  {
    id: 'childAgeYears',
    prompt: 'How old is the child, in years?',
    help: 'Up to about 7-8 years, knock knees are usually part of normal growth.',
    input: { kind: 'number', unit: 'years', min: 0, max: 12, integer: true },
    askIf: { answer: 'ageGroup', is: 'child' },
  },
  AGE_QUESTION,
  {
    id: 'sex',
    prompt: 'Female or male? (used only to compare camera measurements with published values)',
    help: 'Published knee-angle norms differ between women and men.',
    input: { kind: 'single', options: options({ female: 'Female', male: 'Male' }) },
  },
  {
    id: 'sidesAffected',
    prompt: 'Which knee caves in?',
    help: 'Think of squats, stairs or standing on one leg. The self-tests will check this too.',
    input: {
      kind: 'single',
      options: options({ left: 'Left only', right: 'Right only', both: 'Both', 'not-sure': 'Not sure' }),
    },
  },
  {
    id: 'sports',
    prompt: 'Which sports or training do you do?',
    help: 'Choose all that apply, or "none".',
    input: {
      kind: 'multi',
      options: options({
        running: 'Running',
        'court-sports': 'Court sports (tennis, basketball, volleyball, badminton)',
        football: 'Football / soccer',
        gym: 'Gym (squats, lunges, lifting)',
        skiing: 'Skiing',
        dance: 'Dance',
        cycling: 'Cycling',
        other: 'Something else',
        none: 'None',
      }),
    },
  },
];

const PAIN: readonly Question[] = [
  {
    id: 'painAreas',
    prompt: 'Where does it hurt at the moment?',
    help: 'Choose all that apply, or "none". We calm pain first and load only as much as it allows.',
    input: {
      kind: 'multi',
      options: options({
        knee: 'Knee',
        hip: 'Hip',
        back: 'Lower back',
        foot: 'Foot or ankle',
        none: 'No pain',
      }),
    },
  },
  {
    id: 'painLevel',
    prompt: 'How strong is the pain today, from 0 (none) to 10 (the worst you can imagine)?',
    help: 'Your best guess is fine.',
    input: { kind: 'number', unit: 'points', min: 0, max: 10, integer: true },
    askIf: { answer: 'painAreas', isNot: 'none' },
  },
  {
    id: 'painDuring',
    prompt: 'When does it hurt?',
    help: 'Choose all that apply.',
    input: {
      kind: 'multi',
      options: options({
        walking: 'Walking',
        stairs: 'Stairs',
        squatting: 'Squatting or lunging',
        running: 'Running',
        jumping: 'Jumping or landing',
        sitting: 'Sitting for a long time',
        kneeling: 'Kneeling',
        'after-exercise': 'After exercise',
        'at-rest': 'At rest',
      }),
    },
    askIf: { answer: 'painAreas', isNot: 'none' },
  },
  PAIN_NEXT_DAY,
];

const HISTORY: readonly Question[] = [
  {
    id: 'onset',
    prompt: 'When did the knees start to cave in?',
    help: 'If it began after an operation, we will ask when.',
    input: {
      kind: 'single',
      options: options({
        'since-childhood': 'As long as I can remember (since childhood)',
        gradual: 'It came on gradually as an adult',
        'after-injury': 'After an injury',
        'after-surgery': 'After surgery',
        'not-sure': 'Not sure',
      }),
    },
  },
  {
    id: 'surgeryWeeksAgo',
    prompt: 'How many weeks ago was the operation?',
    help: 'An estimate is fine (one year is 52 weeks).',
    input: { kind: 'number', unit: 'weeks', min: 0, max: 2600, integer: true },
    askIf: { answer: 'onset', is: 'after-surgery' },
  },
  {
    id: 'surgeryCleared',
    prompt: 'Has your surgeon or physiotherapist cleared you to do strengthening exercise on that leg?',
    help: 'After surgery, exercise starts with their go-ahead.',
    input: yesNo,
    askIf: { answer: 'onset', is: 'after-surgery' },
  },
  {
    id: 'familyHistory',
    prompt: 'Do others in your family have knock knees?',
    help: 'A family pattern makes a bone-shape cause a little more likely, not certain.',
    input: yesNo,
  },
  {
    id: 'weeksOfExerciseSoFar',
    prompt: 'For how many weeks have you already done corrective exercise for your knees? (0 if none)',
    help: 'Count only weeks of regular work.',
    input: { kind: 'number', unit: 'weeks', min: 0, max: 520, integer: true },
  },
  {
    id: 'improvedSoFar',
    prompt: 'Has that exercise made any difference to how your knees line up?',
    help: 'Even a small change counts.',
    input: yesNo,
    askIf: { answer: 'weeksOfExerciseSoFar', isNot: 0 },
  },
];

const TIME_AND_KIT: readonly Question[] = [
  {
    id: 'equipment',
    prompt: 'What do you have at hand?',
    help: 'Choose all that apply, or "none": we swap exercises for ones you can do with what you have.',
    input: {
      kind: 'multi',
      options: options({
        'foam-roller': 'Foam roller',
        'massage-ball': 'Massage ball (a tennis ball works)',
        band: 'Resistance band',
        step: 'A step or stair',
        wall: 'A free wall',
        chair: 'A chair',
        none: 'None of these',
      }),
    },
  },
  {
    id: 'minutesPerSession',
    prompt: 'How many minutes can you give each session?',
    help: 'Between 5 and 120. Short daily sessions work well.',
    input: { kind: 'number', unit: 'minutes', min: 5, max: 120, integer: true },
  },
  {
    id: 'daysPerWeek',
    prompt: 'On how many days a week can you train?',
    // 2-3 sessions a week at first, building toward daily: USER-NEEDS.md, frequency and order.
    help: 'Between 1 and 7. Starting with 2-3 days and building up is fine.',
    input: { kind: 'number', unit: 'days', min: 1, max: 7, integer: true },
  },
  {
    id: 'oneAreaOnly',
    prompt: 'Can you only work on one area for now?',
    help: 'If so, we start where it pays off most.',
    input: yesNo,
  },
];

/** Every question in the order asked; the safety screen always comes first. */
export const QUESTIONS: readonly Question[] = [
  ...SAFETY_QUESTIONS,
  ...ABOUT_YOU,
  ...PAIN,
  ...SCREEN_QUESTIONS,
  ...HISTORY,
  ...TIME_AND_KIT,
];
