/**
 * Care rules as data: known diagnoses, surgery, falls, pregnancy, age groups and the signs that
 * change how the program starts. They allow a program, adapted (the exclusions) and alongside the
 * professional they name; a diagnosis not yet cleared for exercise goes to a professional first.
 */
import { SEE_FIRST, afterSurgery, cleared, grownUp, has, notYes, yes } from './triage-then.js';

const ALONGSIDE = 'start-with-adaptations';
/** A clinical rule of thumb not stated in the seeds or NORMS.md: the source says so (house rules). */
const THUMB = 'clinical rule of thumb, not a measurement';

export const DIAGNOSIS_RULES = [
  {
    id: 'meniscus-not-cleared',
    perSide: false,
    when: { all: [has('diagnoses', 'meniscus-tear'), notYes('clearedForExercise')] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['orthopedic-specialist'],
      reason:
        'A torn meniscus that has not been cleared for exercise (for example while waiting for surgery) needs the orthopaedic team’s limits first.',
      nextSteps: [
        SEE_FIRST,
        'Ask your orthopaedic specialist or their physiotherapist which movements are allowed.',
      ],
      exclusions: ['no-kneeling', 'no-deep-knee-bend'],
    },
    source:
      'NORMS.md, Red flags: urgent orthopaedic review (meniscal tear); seed 002 (orthopedic specialist)',
  },
  {
    id: 'meniscus-cleared',
    perSide: false,
    when: { all: [has('diagnoses', 'meniscus-tear'), cleared] },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'With a torn meniscus: no kneeling and no deep knee bends, which squeeze the torn part; everything else as your physiotherapist allows.',
      nextSteps: ['Show this program to your physiotherapist.'],
      exclusions: ['no-kneeling', 'no-deep-knee-bend'],
    },
    source: `meniscal tear: kneeling and deep flexion load the back of the meniscus (${THUMB})`,
  },
  {
    id: 'ligament-not-cleared',
    perSide: false,
    when: { all: [has('diagnoses', 'ligament-injury'), notYes('clearedForExercise')] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['orthopedic-specialist', 'physical-therapist'],
      reason:
        'A ligament injury not yet cleared for exercise needs an orthopaedic or physiotherapy review first.',
      nextSteps: [SEE_FIRST, 'See your orthopaedic specialist or physiotherapist and ask what you may load.'],
    },
    source: 'NORMS.md, Red flags: urgent orthopaedic review (a recent ligament rupture)',
  },
  {
    id: 'ligament-cleared',
    perSide: false,
    when: { all: [has('diagnoses', 'ligament-injury'), cleared] },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'After a ligament injury, train with your physiotherapist’s limits; single-leg balance next to a support at first.',
      nextSteps: ['Show this program to your physiotherapist.'],
      exclusions: ['supported-balance'],
    },
    source: 'USER-NEEDS.md, after injury or surgery (weight-bearing strength with clearance)',
  },
  {
    id: 'osteoarthritis',
    perSide: false,
    when: has('diagnoses', 'osteoarthritis'),
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'With knee arthritis, exercise is part of the treatment; deep knee bends and kneeling are left out while they hurt.',
      nextSteps: ['Show this program to your physiotherapist or doctor.'],
      exclusions: ['no-deep-knee-bend', 'no-kneeling'],
    },
    source:
      'NICE guideline NG226 (osteoarthritis, 2022): therapeutic exercise tailored to the person; exclusions: ' +
      THUMB,
  },
  {
    id: 'osgood-schlatter',
    perSide: false,
    when: has('diagnoses', 'osgood-schlatter'),
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['paediatric-physiotherapist'],
      reason:
        'Osgood-Schlatter makes the bump below the kneecap sore: no kneeling on it, and a physiotherapist who works with young people alongside.',
      nextSteps: ['Show this program to the physiotherapist.'],
      exclusions: ['no-kneeling'],
    },
    source: `Osgood-Schlatter: pressure on the tibial tuberosity hurts (${THUMB}); USER-NEEDS.md, children and teens`,
  },
  {
    id: 'hypermobility',
    perSide: false,
    when: has('diagnoses', 'hypermobility'),
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'With hypermobile joints, keep a soft bend: never push or lock the knee at the end of its range.',
      nextSteps: ['Show this program to your physiotherapist.'],
      exclusions: ['no-end-range-locking'],
    },
    source: 'USER-NEEDS.md, knee hyperextension (do not lock the knees)',
  },
  {
    id: 'fixed-deformity-cleared',
    perSide: false,
    when: { all: [yes('fixedDeformity'), grownUp, cleared] },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['orthopedic-specialist'],
      reason:
        'Your leg shape has been seen and you are cleared for exercise: strength protects the knee whatever its shape; keep your specialist informed.',
      nextSteps: ['Follow any limits your specialist gave you.'],
    },
    source: 'USER-NEEDS.md, structural or functional (still strengthen in many positions); seed 002',
  },
  {
    id: 'kneecap-slips',
    perSide: false,
    when: yes('kneecapSlips'),
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'A kneecap that slips: keep a slight bend in the knee and skip deep bends; have a physical therapist check it.',
      nextSteps: [
        'See a physical therapist; if the kneecap comes fully out of place, get an urgent orthopaedic review.',
      ],
      exclusions: ['no-end-range-locking', 'no-deep-knee-bend'],
    },
    source:
      'USER-NEEDS.md, pain from the exercises (a slight knee bend if the kneecap slips); NORMS.md (dislocation: urgent)',
  },
];

export const CARE_RULES = [
  {
    id: 'surgery-cleared',
    perSide: false,
    when: { all: [afterSurgery, yes('surgeryCleared')] },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason: 'You are recovering from surgery: keep your physiotherapist in the loop.',
      nextSteps: ['Show this program to your physiotherapist and follow their limits for the operated leg.'],
    },
    source: 'USER-NEEDS.md, after injury or surgery; seed 000 reader questions (ACL reconstruction)',
  },
  {
    id: 'surgery-recent',
    perSide: false,
    when: { all: [afterSurgery, yes('surgeryCleared'), { fact: 'surgeryWeeksAgo', op: 'lt', value: 12 }] },
    then: {
      kind: 'adapt',
      reason:
        'Your operation was less than 12 weeks ago: every exercise starts at its easiest version, with no deep knee bends, until your physiotherapist moves you on.',
      exclusions: ['easiest-rungs-first', 'no-deep-knee-bend'],
    },
    source: `first 12 weeks after knee surgery: the surgical team's protocol leads (${THUMB})`,
  },
  {
    id: 'falls',
    perSide: false,
    when: yes('fallsLastYear'),
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'You have fallen or use a walking aid: balance work is done next to a wall or a sturdy chair, and a physical therapist can check your balance.',
      nextSteps: ['Keep one hand near a support for every single-leg exercise.'],
      exclusions: ['supported-balance'],
    },
    source:
      'World Falls Guidelines 2022 (Montero-Odasso et al.): balance and strength training, supervised when at risk',
  },
  {
    id: 'pregnancy',
    perSide: false,
    when: yes('pregnant'),
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['doctor'],
      reason:
        'In pregnancy, exercise is welcome with your doctor’s or midwife’s go-ahead; balance work next to a support, and no long spells lying flat on your back later in pregnancy.',
      nextSteps: ['Check with your doctor or midwife, and stop if anything feels wrong.'],
      exclusions: ['supported-balance', 'no-lying-flat-on-back'],
    },
    source:
      'ACOG Committee Opinion 804 (2020): physical activity in pregnancy; avoid prolonged lying on the back',
  },
  {
    id: 'knees-bow-backwards',
    perSide: false,
    when: yes('kneesLockBack'),
    then: {
      kind: 'adapt',
      reason: 'Your knees bow backwards: every exercise keeps a soft bend; nothing locks the knee straight.',
      exclusions: ['no-end-range-locking'],
    },
    source: 'seed 000, reader questions: knee hyperextension (do not lock the knees); USER-NEEDS.md',
  },
  {
    id: 'worse-next-day-or-after-exercise',
    perSide: false,
    when: { any: [yes('painNextDay'), has('painDuring', 'after-exercise')] },
    then: {
      kind: 'adapt',
      reason:
        'The knee is worse after activity or the next morning: start every exercise at its easiest version and build only while it stays settled.',
      exclusions: ['easiest-rungs-first'],
    },
    source:
      'NORMS.md, Pain during exercise: pain must settle within about an hour and not be worse the next morning',
  },
  {
    id: 'kneeling-hurts',
    perSide: false,
    when: has('painDuring', 'kneeling'),
    then: {
      kind: 'adapt',
      reason: 'Kneeling hurts: no exercise kneels on the knee.',
      exclusions: ['no-kneeling'],
    },
    source: 'USER-NEEDS.md, pain already present: load only as much as the symptoms allow',
  },
  {
    id: 'pain-above-acceptable',
    perSide: false,
    when: {
      all: [
        { fact: 'painLevel', op: 'gt', value: 5 },
        { fact: 'painLevel', op: 'lt', value: 7 },
      ],
    },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'Your pain today is above the 5/10 exercise may cause: only the easiest versions, and a physical therapist alongside.',
      nextSteps: [
        'If the pain does not settle within a week or two, see a physical therapist before going on.',
      ],
      exclusions: ['easiest-rungs-first'],
    },
    source: 'NORMS.md, Pain during exercise (pain-monitoring model: up to 5/10 acceptable; Silbernagel 2007)',
  },
  {
    id: 'no-change-after-weeks',
    perSide: false,
    when: {
      all: [
        { fact: 'weeksOfExerciseSoFar', op: 'gte', value: 6 },
        { fact: 'improvedSoFar', op: 'eq', value: false },
        notYes('clearedForExercise'),
      ],
    },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason:
        'Six weeks or more of exercise without change: a physical therapist can check your technique and whether the cause is structural.',
      nextSteps: [
        'Have a physical therapist watch you do the exercises; they refer to an orthopaedic specialist if needed.',
      ],
    },
    source:
      'seed 002 (no improvement after weeks: physical therapist first); seed 000, reader questions (6-12 weeks)',
  },
  {
    id: 'no-change-after-weeks-seen',
    perSide: false,
    when: {
      all: [
        { fact: 'weeksOfExerciseSoFar', op: 'gte', value: 6 },
        { fact: 'improvedSoFar', op: 'eq', value: false },
        cleared,
      ],
    },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['orthopedic-specialist'],
      reason:
        'No change after six weeks or more, and a professional has already seen you: an orthopaedic specialist can check for a bone-shape cause.',
      nextSteps: ['Ask for an orthopaedic opinion; an X-ray shows the bone shape.'],
    },
    source:
      'seed 002 (orthopedic specialist after the physical therapist); seed 000, reader questions (X-ray)',
  },
  {
    id: 'older-adult',
    perSide: false,
    when: { fact: 'ageGroup', op: 'eq', value: 'older-adult' },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['doctor'],
      reason: 'At 65 and over, get a doctor’s go-ahead before starting new exercise.',
      nextSteps: ['Check with your doctor, then take single-leg work slowly, near a wall or chair.'],
      exclusions: ['supported-balance'],
    },
    source: 'USER-NEEDS.md, older adults (a doctor’s clearance first; single-leg work with care)',
  },
  {
    id: 'teen',
    perSide: false,
    when: { fact: 'ageGroup', op: 'eq', value: 'teen' },
    then: {
      kind: 'refer',
      outcome: ALONGSIDE,
      to: ['physical-therapist'],
      reason: 'For a teenager, a physiotherapist’s check alongside the program is worthwhile.',
      nextSteps: ['Train a little every day, at least 10-20 minutes, and see a physiotherapist as well.'],
    },
    source: 'USER-NEEDS.md, children and teens (see a physiotherapist as well; 10-20 min a day)',
  },
  {
    id: 'pain-first',
    perSide: false,
    when: {
      any: [
        { fact: 'painLevel', op: 'gt', value: 0 },
        ...['knee', 'hip', 'back', 'foot'].map((area) => has('painAreas', area)),
      ],
    },
    then: {
      kind: 'advise',
      note: 'Treat the pain first: calm the painful area, then work on what drives it. Exercise may cause pain up to 5/10 that settles within an hour and is not worse the next morning; beyond that, the exercise is made easier.',
    },
    source: 'USER-NEEDS.md, pain already present; NORMS.md, Pain during exercise (pain-monitoring model)',
  },
];
