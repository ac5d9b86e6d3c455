/**
 * The screen's questions a physical therapist asks (answers-screen.ts holds their schema): the
 * red flags of NORMS.md, locking and weight bearing, known diagnoses, falls and pregnancy.
 */
import type { Question } from './question-types.js';
import { options } from './question-types.js';

const yesNo = { kind: 'yes-no' } as const;

/** Red flags with a yes/no answer, asked on the first screen with the seed's four. */
export const NEW_RED_FLAG_QUESTIONS: readonly Question[] = [
  {
    id: 'swellingWithoutInjury',
    prompt: 'Does your knee swell up without an injury?',
    help: 'Puffiness around the kneecap, or one knee looking bigger than the other.',
    input: yesNo,
  },
  {
    id: 'warmOrRed',
    prompt: 'Is the knee warm to the touch, or red?',
    help: 'Compare it with the other knee using the back of your hand.',
    input: yesNo,
  },
  {
    id: 'footNumbOrCold',
    prompt: 'Is the foot below the knee numb, cold, or a different colour?',
    help: 'This can mean a nerve or blood vessel is pinched.',
    input: yesNo,
  },
  {
    id: 'nightPain',
    prompt: 'Does the knee hurt at night, or wake you up?',
    help: 'Pain that comes without any movement needs a doctor first.',
    input: yesNo,
  },
];

export const AGE_QUESTION: Question = {
  id: 'ageYears',
  prompt: 'How old are you, in years?',
  help: 'Some checks depend on the exact age (for example after a fall at 55 or over).',
  input: { kind: 'number', unit: 'years', min: 13, max: 120, integer: true },
  askIf: { answer: 'ageGroup', isNot: 'child' },
};

export const PAIN_NEXT_DAY: Question = {
  id: 'painNextDay',
  prompt: 'Is the knee worse the morning after you have been active?',
  help: 'Pain from exercise should settle within about an hour and not be worse the next day.',
  input: yesNo,
  askIf: { answer: 'painAreas', isNot: 'none' },
};

export const SCREEN_QUESTIONS: readonly Question[] = [
  {
    id: 'injurySigns',
    prompt: 'Right after the injury, did any of these happen?',
    help: 'Choose all that apply, or "none". These decide whether an X-ray is needed today.',
    input: {
      kind: 'multi',
      options: options({
        'large-swelling-soon': 'The knee swelled up a lot within a few hours',
        'cannot-take-four-steps': 'I could not take four steps on it',
        'cannot-bend-to-90': 'I cannot bend it to a right angle',
        'tender-kneecap-or-outer-bone': 'The kneecap or the bone at the outer side below the knee is tender',
        'cannot-lift-straight-leg': 'I cannot lift the leg straight off the bed',
        'kneecap-dislocated': 'The kneecap came out of place',
        none: 'None of these',
      }),
    },
    askIf: { answer: 'acutePain', is: true },
  },
  {
    id: 'feverOrUnwell',
    prompt: 'Do you have a fever, or feel unwell?',
    help: 'A warm knee with a fever needs a doctor today.',
    input: yesNo,
    askIf: { answer: 'warmOrRed', is: true },
  },
  {
    id: 'locking',
    prompt: 'Does the knee lock or catch?',
    help: '"Locked" means it gets stuck and you cannot straighten it fully.',
    input: {
      kind: 'single',
      options: options({
        no: 'No',
        catches: 'It catches or clicks painfully',
        locked: 'It locks and will not straighten',
      }),
    },
  },
  {
    id: 'bearsWeight',
    prompt: 'Can you walk normally on the leg?',
    help: 'A limp can come from the hip even when the knee is what hurts.',
    input: {
      kind: 'single',
      options: options({ yes: 'Yes', limp: 'Only with a limp', no: 'No, I cannot take weight on it' }),
    },
  },
  {
    id: 'kneecapSlips',
    prompt: 'Does the kneecap ever slip or pop out of place?',
    help: 'For example when you turn, or at the bottom of a squat.',
    input: yesNo,
  },
  {
    id: 'weightLossOrCancer',
    prompt: 'Have you lost weight without trying, or had cancer?',
    help: 'Asked of everyone; with new knee pain it means a doctor should look first.',
    input: yesNo,
    // Read only together with knee pain (triage-red-flags.ts, 'weight-loss-or-cancer').
    askIf: { answer: 'painAreas', isNot: 'none' },
  },
  {
    id: 'fixedDeformity',
    prompt: 'Does a leg stay bent or out of line even when you try your hardest to straighten it?',
    help: 'A leg that cannot be moved into line may be a bone shape that needs a specialist.',
    input: yesNo,
  },
  {
    id: 'shapeChanging',
    prompt: 'Is the shape of the legs getting worse?',
    help: 'For example the ankles further apart than a few months ago.',
    input: yesNo,
  },
  {
    id: 'diagnoses',
    prompt: 'Has a doctor or physiotherapist told you that you have any of these?',
    help: 'Choose all that apply, or "none".',
    input: {
      kind: 'multi',
      options: options({
        'meniscus-tear': 'A torn meniscus (cartilage)',
        'ligament-injury': 'A ligament injury (for example the ACL)',
        osteoarthritis: 'Knee arthritis (osteoarthritis)',
        'osgood-schlatter': 'Osgood-Schlatter (a sore bump below the kneecap)',
        hypermobility: 'Hypermobile joints',
        none: 'None of these',
      }),
    },
  },
  {
    id: 'clearedForExercise',
    prompt: 'Has a doctor or physiotherapist seen your knee and said exercise is fine?',
    help: 'If they gave you limits, follow those over anything here.',
    input: yesNo,
  },
  {
    id: 'fallsLastYear',
    prompt: 'Have you fallen in the last 12 months, or do you use a stick or walker?',
    help: 'Then balance exercises are done next to a support.',
    input: yesNo,
  },
  {
    id: 'pregnant',
    prompt: 'Are you pregnant?',
    help: 'Exercise is welcome in pregnancy, with a few changes.',
    input: yesNo,
    askIf: { answer: 'sex', is: 'female' },
  },
];
