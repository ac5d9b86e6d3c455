/**
 * Intake personas: red flags, injuries and diagnoses (issue 9, "Red flags missed", "Questions a
 * PT asks"). Each expectation is what a physical therapist would sign off.
 */
import type { Persona } from './persona-types.js';
import { BOTH_CAVE, adult } from './persona-types.js';

export const RED_FLAG_PERSONAS: readonly Persona[] = [
  {
    id: 'pain-9-at-rest-walking-stairs',
    story: '45-year-old, knee pain 9/10 at rest, walking and on stairs (issue 9: got a program).',
    input: {
      answers: adult({ painAreas: ['knee'], painLevel: 9, painDuring: ['at-rest', 'walking', 'stairs'] }),
      tests: BOTH_CAVE,
    },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['doctor', 'physical-therapist'],
      reason: /at rest or at night/,
    },
  },
  {
    id: 'hot-swollen-knee-fever',
    story: 'Knee swollen and hot for two days, feels feverish.',
    input: { answers: adult({ swellingWithoutInjury: true, warmOrRed: true, feverOrUnwell: true }) },
    expect: { outcome: 'urgent', professionals: ['urgent-care', 'doctor'], reason: /joint infection/ },
  },
  {
    id: 'swelling-without-injury',
    story: 'Right knee puffs up after a day on her feet, no injury.',
    input: { answers: adult({ swellingWithoutInjury: true }) },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['doctor'],
      reason: /swells without an injury/,
    },
  },
  {
    id: 'warm-red-knee',
    story: 'Knee warm and red, no fever, no swelling noticed.',
    input: { answers: adult({ warmOrRed: true }) },
    expect: { outcome: 'see-professional-first', professionals: ['doctor'] },
  },
  {
    id: 'locked-knee',
    story: 'Knee got stuck bent yesterday and still will not straighten.',
    input: { answers: adult({ locking: 'locked' }) },
    expect: { outcome: 'urgent', professionals: ['orthopedic-specialist'], reason: /6-8 weeks/ },
  },
  {
    id: 'catching-knee',
    story: 'Painful catching on turning, never diagnosed.',
    input: { answers: adult({ locking: 'catches' }) },
    expect: { outcome: 'see-professional-first', professionals: ['physical-therapist'], reason: /meniscus/ },
  },
  {
    id: 'twisted-cannot-walk',
    story: 'Twisted the knee at football today and cannot take four steps.',
    input: {
      answers: adult({
        acutePain: true,
        onset: 'after-injury',
        injurySigns: ['cannot-take-four-steps'],
        bearsWeight: 'no',
      }),
    },
    expect: {
      outcome: 'urgent',
      professionals: ['urgent-care', 'physical-therapist', 'orthopedic-specialist'],
      reason: /X-ray/,
    },
  },
  {
    id: 'limp-no-injury',
    story: '30-year-old, knee pain and a limp, no injury (the hip must be looked at).',
    input: { answers: adult({ bearsWeight: 'limp', painAreas: ['knee'], painLevel: 3 }) },
    expect: { outcome: 'see-professional-first', professionals: ['doctor'], reason: /hip/ },
  },
  {
    id: 'night-pain',
    story: 'Knee pain wakes him every night.',
    input: { answers: adult({ nightPain: true, painAreas: ['knee'], painLevel: 4 }) },
    expect: { outcome: 'see-professional-first', professionals: ['doctor'] },
  },
  {
    id: 'numb-cold-foot',
    story: 'Foot below the painful knee feels numb and cold.',
    input: { answers: adult({ footNumbOrCold: true }) },
    expect: { outcome: 'urgent', professionals: ['urgent-care'] },
  },
  {
    id: 'ottawa-age-60-fall',
    story: '60-year-old fell on the knee yesterday, walks, no other sign (Ottawa: 55 or over).',
    input: {
      answers: adult({ acutePain: true, onset: 'after-injury', ageYears: 60, injurySigns: ['none'] }),
    },
    expect: { outcome: 'urgent', reason: /Ottawa/ },
  },
  {
    id: 'ottawa-older-adult-age-not-given',
    story: 'Older adult (age not given) fell on the knee yesterday and walks.',
    input: {
      answers: adult({
        ageGroup: 'older-adult',
        acutePain: true,
        onset: 'after-injury',
        injurySigns: ['none'],
      }),
    },
    expect: { outcome: 'urgent', reason: /Ottawa/ },
  },
  {
    id: 'recent-sprain-no-ottawa-signs',
    story: '25-year-old, twisted knee a week ago, walks fine, bends fully.',
    input: {
      answers: adult({ acutePain: true, onset: 'after-injury', ageYears: 25, injurySigns: ['none'] }),
    },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['physical-therapist', 'orthopedic-specialist'],
      reason: /examination/,
    },
  },
  {
    id: 'kneecap-dislocated',
    story: 'Kneecap popped out at netball and went back.',
    input: {
      answers: adult({
        acutePain: true,
        onset: 'after-injury',
        injurySigns: ['kneecap-dislocated'],
        ageYears: 22,
      }),
    },
    expect: { outcome: 'urgent', reason: /kneecap that came out of place/ },
  },
  {
    id: 'weight-loss-knee-pain',
    story: 'New knee pain, lost 6 kg without trying.',
    input: { answers: adult({ weightLossOrCancer: true, painAreas: ['knee'], painLevel: 3 }) },
    expect: { outcome: 'see-professional-first', professionals: ['doctor'] },
  },
  {
    id: 'gives-way',
    story: 'Knee buckles when turning.',
    input: { answers: adult({ givingWay: true }) },
    expect: { outcome: 'see-professional-first', professionals: ['orthopedic-specialist'] },
  },
];

export const DIAGNOSIS_PERSONAS: readonly Persona[] = [
  {
    id: 'meniscus-waiting-for-surgery',
    story: 'Torn meniscus on MRI, on the waiting list for surgery, not cleared (issue 9: got kneeling work).',
    input: {
      answers: adult({
        diagnoses: ['meniscus-tear'],
        clearedForExercise: false,
        painAreas: ['knee'],
        painLevel: 3,
      }),
      tests: { ...BOTH_CAVE, anteriorPelvicTilt: { tilted: true } },
    },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['orthopedic-specialist'],
      exclusions: ['no-kneeling', 'no-deep-knee-bend'],
    },
  },
  {
    id: 'meniscus-cleared',
    story: 'Meniscal tear treated without surgery, physio cleared her; pelvis tips forward.',
    input: {
      answers: adult({ diagnoses: ['meniscus-tear'], clearedForExercise: true }),
      tests: { ...BOTH_CAVE, anteriorPelvicTilt: { tilted: true } },
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      exclusions: ['no-kneeling', 'no-deep-knee-bend'],
      programLacks: ['half-kneeling-hip-flexor-stretch', 'single-leg-squat', 'one-leg-squat'],
    },
  },
  {
    id: 'acl-cleared',
    story: 'ACL sprain last year, physio cleared him for exercise.',
    input: { answers: adult({ diagnoses: ['ligament-injury'], clearedForExercise: true }), tests: BOTH_CAVE },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      exclusions: ['supported-balance'],
      adaptation: { exerciseId: 'single-leg-balance', says: /wall or a sturdy chair/ },
    },
  },
  {
    id: 'ligament-not-cleared',
    story: 'MCL injury three weeks ago, not yet seen for clearance.',
    input: { answers: adult({ diagnoses: ['ligament-injury'] }) },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['orthopedic-specialist', 'physical-therapist'],
    },
  },
  {
    id: 'arthritis-older-adult',
    story: '68-year-old with knee osteoarthritis, cleared, knees cave on stairs.',
    input: {
      answers: adult({
        ageGroup: 'older-adult',
        ageYears: 68,
        diagnoses: ['osteoarthritis'],
        clearedForExercise: true,
        painAreas: ['knee'],
        painLevel: 2,
      }),
      tests: BOTH_CAVE,
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist', 'doctor'],
      exclusions: ['no-deep-knee-bend', 'no-kneeling', 'supported-balance'],
      programLacks: ['single-leg-squat', 'one-leg-squat'],
    },
  },
  {
    id: 'osgood-schlatter-teen',
    story: '14-year-old footballer with Osgood-Schlatter, both knees cave, ankle gap 2 cm.',
    input: {
      answers: adult({
        ageGroup: 'teen',
        ageYears: 14,
        diagnoses: ['osgood-schlatter'],
        clearedForExercise: true,
      }),
      tests: { ...BOTH_CAVE, intermalleolar: { cm: 2 }, anteriorPelvicTilt: { tilted: true } },
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['paediatric-physiotherapist', 'physical-therapist'],
      exclusions: ['no-kneeling'],
      programLacks: ['half-kneeling-hip-flexor-stretch'],
    },
  },
  {
    id: 'hypermobile',
    story: 'Hypermobile dancer, knees cave and bend back.',
    input: { answers: adult({ diagnoses: ['hypermobility'], clearedForExercise: true }), tests: BOTH_CAVE },
    expect: {
      outcome: 'start-with-adaptations',
      exclusions: ['no-end-range-locking'],
      adaptation: { exerciseId: 'straight-leg-raise', says: /never lock/ },
    },
  },
  {
    id: 'kneecap-slips',
    story: 'Kneecap slips at the bottom of a squat, never dislocated.',
    input: { answers: adult({ kneecapSlips: true }), tests: BOTH_CAVE },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      exclusions: ['no-end-range-locking', 'no-deep-knee-bend'],
    },
  },
  {
    id: 'fixed-deformity-cleared-adult',
    story:
      'Adult with a long-standing knock-knee shape, seen by orthopaedics and cleared (issue 9: was blocked).',
    input: { answers: adult({ fixedDeformity: true, clearedForExercise: true }), tests: BOTH_CAVE },
    expect: { outcome: 'start-with-adaptations', professionals: ['orthopedic-specialist'] },
  },
  {
    id: 'fixed-deformity-not-seen',
    story: 'Leg will not come into line; never seen anyone.',
    input: { answers: adult({ fixedDeformity: true }) },
    expect: { outcome: 'see-professional-first', professionals: ['orthopedic-specialist'] },
  },
  {
    id: 'surgery-8-weeks-cleared',
    story: 'ACL reconstruction 8 weeks ago, physio cleared strengthening.',
    input: {
      answers: adult({ onset: 'after-surgery', surgeryWeeksAgo: 8, surgeryCleared: true }),
      tests: BOTH_CAVE,
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      exclusions: ['easiest-rungs-first', 'no-deep-knee-bend'],
      programLacks: ['single-leg-squat', 'step-up'],
    },
  },
  {
    id: 'surgery-not-cleared',
    story: 'Knee arthroscopy 3 weeks ago, no clearance yet.',
    input: { answers: adult({ onset: 'after-surgery', surgeryWeeksAgo: 3 }) },
    expect: { outcome: 'see-professional-first', professionals: ['physical-therapist'] },
  },
  {
    id: 'pregnant',
    story: '24 weeks pregnant, knees cave on stairs.',
    input: { answers: adult({ sex: 'female', pregnant: true }), tests: BOTH_CAVE },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['doctor'],
      exclusions: ['supported-balance', 'no-lying-flat-on-back'],
      adaptation: { exerciseId: 'straight-leg-raise', says: /pillows/ },
    },
  },
  {
    id: 'falls-older-adult',
    story: '78-year-old, fell twice this year, uses a stick outdoors.',
    input: {
      answers: adult({ ageGroup: 'older-adult', ageYears: 78, fallsLastYear: true }),
      tests: BOTH_CAVE,
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist', 'doctor'],
      exclusions: ['supported-balance'],
      adaptation: { exerciseId: 'single-leg-balance', says: /sturdy chair/ },
    },
  },
];
