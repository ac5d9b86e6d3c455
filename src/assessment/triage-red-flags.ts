/**
 * Red flags as data: what sends a person to urgent care today, and what needs a professional
 * before any program. Facts and destinations from NORMS.md ("Red flags and where to send the
 * person", "Pain during exercise") and seed 002 ("Recognizing When Professional Intervention Is
 * Necessary"); the wording is ours.
 */
import { SEE_FIRST, TODAY, afterSurgery, grownUp, growing, has, is, notYes, yes } from './triage-then.js';

const RED_FLAGS_SOURCE = 'NORMS.md, Red flags: emergency (NHS Gloucestershire red flags for knee conditions)';
const recentInjury = yes('acutePain');

export const URGENT_RULES = [
  {
    id: 'hot-swollen-knee',
    perSide: false,
    when: {
      any: [
        {
          all: [
            yes('warmOrRed'),
            {
              any: [
                yes('swellingWithoutInjury'),
                yes('feverOrUnwell'),
                has('injurySigns', 'large-swelling-soon'),
              ],
            },
          ],
        },
        { all: [yes('feverOrUnwell'), yes('swellingWithoutInjury')] },
      ],
    },
    then: {
      kind: 'refer',
      outcome: 'urgent',
      to: ['urgent-care'],
      reason:
        'A hot, red or swollen knee, more so with a fever or feeling unwell, can be a joint infection: it needs a doctor today.',
      nextSteps: [TODAY],
    },
    source: `${RED_FLAGS_SOURCE}: a hot, red, swollen joint, especially with fever`,
  },
  {
    id: 'foot-numb-or-cold',
    perSide: false,
    when: yes('footNumbOrCold'),
    then: {
      kind: 'refer',
      outcome: 'urgent',
      to: ['urgent-care'],
      reason: 'A numb, cold or discoloured foot can mean a nerve or blood vessel is affected.',
      nextSteps: [TODAY],
    },
    source: `${RED_FLAGS_SOURCE}: numbness, coldness or colour change of the foot`,
  },
  {
    id: 'injury-cannot-bear-weight',
    perSide: false,
    when: {
      all: [recentInjury, { any: [is('bearsWeight', 'no'), has('injurySigns', 'cannot-take-four-steps')] }],
    },
    then: {
      kind: 'refer',
      outcome: 'urgent',
      to: ['urgent-care'],
      reason: 'You cannot walk on the leg since the injury: it needs an X-ray to rule out a fracture.',
      nextSteps: [TODAY],
    },
    source: 'NORMS.md, After an injury: Ottawa knee rule (cannot take four steps; Stiell 1995, 1996)',
  },
  {
    id: 'injury-ottawa-signs',
    perSide: false,
    when: {
      all: [
        recentInjury,
        {
          any: [
            has('injurySigns', 'cannot-bend-to-90'),
            has('injurySigns', 'tender-kneecap-or-outer-bone'),
            { fact: 'age.years', op: 'gte', value: 55 },
            // 65 and over is past the rule's 55 even when the exact age was not given.
            is('ageGroup', 'older-adult'),
          ],
        },
      ],
    },
    then: {
      kind: 'refer',
      outcome: 'urgent',
      to: ['urgent-care'],
      reason:
        'After this injury, the Ottawa knee rule calls for an X-ray (age 55 or over, a bone that is tender, or a knee that will not bend to a right angle).',
      nextSteps: [TODAY],
    },
    source: 'NORMS.md, After an injury: Ottawa knee rule (Stiell 1995, 1996)',
  },
  {
    id: 'injury-large-swelling-or-cannot-lift-leg',
    perSide: false,
    when: {
      all: [
        recentInjury,
        { any: [has('injurySigns', 'large-swelling-soon'), has('injurySigns', 'cannot-lift-straight-leg')] },
      ],
    },
    then: {
      kind: 'refer',
      outcome: 'urgent',
      to: ['urgent-care'],
      reason:
        'A large swelling soon after an injury (bleeding into the joint), or a straight leg you cannot lift (a torn tendon), needs to be seen today.',
      nextSteps: [TODAY],
    },
    source: `${RED_FLAGS_SOURCE}: a large, tense swelling soon after an injury; cannot straighten the leg after a fall`,
  },
  {
    id: 'kneecap-dislocated',
    perSide: false,
    when: has('injurySigns', 'kneecap-dislocated'),
    then: {
      kind: 'refer',
      outcome: 'urgent',
      to: ['orthopedic-specialist'],
      reason: 'A kneecap that came out of place needs an orthopaedic review within days.',
      nextSteps: [SEE_FIRST, 'Ask your doctor for an urgent orthopaedic appointment.'],
    },
    source: 'NORMS.md, Red flags: urgent orthopaedic review (a kneecap that dislocated)',
  },
  {
    id: 'locked-knee',
    perSide: false,
    when: is('locking', 'locked'),
    then: {
      kind: 'refer',
      outcome: 'urgent',
      to: ['orthopedic-specialist'],
      reason:
        'A knee that locks and will not fully straighten can be a torn meniscus caught in the joint; a repair works best within about 6-8 weeks.',
      nextSteps: [SEE_FIRST, 'Ask your doctor for an urgent orthopaedic appointment this week.'],
    },
    source: 'NORMS.md, Red flags: urgent orthopaedic review (a locked knee; repair window about 6-8 weeks)',
  },
];

export const SEE_FIRST_RULES = [
  {
    id: 'acute-pain',
    perSide: false,
    when: recentInjury,
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['physical-therapist', 'orthopedic-specialist'],
      reason: 'Sudden pain or swelling after a recent injury needs an examination before you train the knee.',
      nextSteps: [
        SEE_FIRST,
        'See a physical therapist, with a review about 2 weeks after the injury; they refer to an orthopaedic specialist if needed.',
      ],
    },
    source:
      'seed 002 (acute pain: orthopedic specialist); NORMS.md, After an injury (physiotherapy, review at 2 weeks)',
  },
  {
    id: 'knee-gives-way',
    perSide: false,
    when: yes('givingWay'),
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['orthopedic-specialist'],
      reason: 'A knee that gives way or feels unstable should be examined before you load it.',
      nextSteps: [SEE_FIRST, 'See an orthopaedic specialist; note when the knee gives way.'],
    },
    source: 'seed 002, Recognizing When Professional Intervention Is Necessary: the knee feels unstable',
  },
  {
    id: 'fixed-deformity',
    perSide: false,
    // An adult already seen and cleared for exercise is not stopped again (see 'fixed-deformity-cleared').
    when: { all: [yes('fixedDeformity'), { any: [growing, notYes('clearedForExercise')] }] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['orthopedic-specialist'],
      reason: 'A leg that stays out of line whatever you do points to a fixed deformity.',
      nextSteps: [
        SEE_FIRST,
        'See an orthopaedic specialist (for a child: a paediatric orthopaedic doctor), who may take an X-ray.',
      ],
    },
    source:
      'seed 002, Recognizing When Professional Intervention Is Necessary: a noticeable, fixed deformity',
  },
  {
    id: 'severe-persistent-pain',
    perSide: false,
    when: yes('severePersistentPain'),
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['physical-therapist'],
      reason: 'Severe pain that does not settle needs a professional assessment first.',
      nextSteps: [SEE_FIRST, 'See a physical therapist for a full assessment and a plan for the pain.'],
    },
    source: 'seed 002, Recognizing When Professional Intervention Is Necessary: persistent, severe pain',
  },
  {
    id: 'pain-at-night-or-rest',
    perSide: false,
    when: { any: [yes('nightPain'), has('painDuring', 'at-rest')] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['doctor'],
      reason:
        'Pain at rest or at night is not the kind exercise fixes: a doctor should find its cause first.',
      nextSteps: [SEE_FIRST, 'See your doctor soon and tell them the knee hurts at rest or at night.'],
    },
    source: 'NORMS.md, Red flags: see a doctor soon (continuous pain, including at night and at rest)',
  },
  {
    id: 'weight-loss-or-cancer',
    perSide: false,
    when: { all: [yes('weightLossOrCancer'), yes('kneePain')] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['doctor'],
      reason: 'New knee pain with unexplained weight loss or a history of cancer needs a doctor first.',
      nextSteps: [SEE_FIRST, 'See your doctor soon.'],
    },
    source: 'NORMS.md, Red flags: see a doctor soon (weight loss or a history of cancer with new knee pain)',
  },
  {
    id: 'swelling-without-injury',
    perSide: false,
    when: yes('swellingWithoutInjury'),
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['doctor'],
      reason:
        'A knee that swells without an injury needs its cause found (for example arthritis or an infection) before exercise.',
      nextSteps: [
        SEE_FIRST,
        'See your doctor soon; if it also turns hot or red, or you feel feverish, go today.',
      ],
    },
    source:
      'NORMS.md, Red flags: a hot, red, swollen joint (emergency); symptoms that do not settle (doctor soon)',
  },
  {
    id: 'warm-or-red',
    perSide: false,
    when: yes('warmOrRed'),
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['doctor'],
      reason: 'A warm or red knee is inflamed: a doctor should see it before exercise.',
      nextSteps: [
        SEE_FIRST,
        'See your doctor in the next day or two; go today if it swells or you feel feverish.',
      ],
    },
    source: `${RED_FLAGS_SOURCE}: a hot, red, swollen joint`,
  },
  {
    id: 'cannot-bear-weight',
    perSide: false,
    when: { all: [is('bearsWeight', 'no'), notYes('acutePain')] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['doctor'],
      reason: 'You cannot walk on the leg: a doctor should examine it before any exercise.',
      nextSteps: [
        SEE_FIRST,
        'See your doctor in the next day or two; go today if it is hot, swollen or you feel unwell.',
      ],
    },
    source: 'NORMS.md, Red flags (emergency and soon lists)',
  },
  {
    id: 'limp',
    perSide: false,
    when: is('bearsWeight', 'limp'),
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['doctor'],
      reason: 'A limp with knee pain needs the hip examined too: hip problems can be felt only in the knee.',
      nextSteps: [
        SEE_FIRST,
        'See your doctor (for a child, soon) and ask them to check the hip as well as the knee.',
      ],
    },
    source: 'NORMS.md, Hip pain can show up only in the knee (Devon referral guidance)',
  },
  {
    id: 'knee-catches',
    perSide: false,
    when: {
      all: [
        is('locking', 'catches'),
        { any: [notYes('clearedForExercise'), { not: has('diagnoses', 'meniscus-tear') }] },
      ],
    },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['physical-therapist'],
      reason: 'A knee that catches can have a torn meniscus: have it examined before loading it.',
      nextSteps: [
        SEE_FIRST,
        'See a physical therapist; if it ever locks and will not straighten, get an urgent orthopaedic appointment.',
      ],
    },
    source: 'NORMS.md, Red flags: urgent orthopaedic review (locking from a meniscal tear)',
  },
  {
    id: 'high-pain-now',
    perSide: false,
    when: { fact: 'painLevel', op: 'gte', value: 7 },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['physical-therapist'],
      reason:
        'Pain of 7/10 or more is well above the 5/10 that exercise may cause: calm it with a professional first.',
      nextSteps: [SEE_FIRST, 'See a physical therapist for a plan for the pain.'],
    },
    source:
      'NORMS.md, Pain during exercise (pain-monitoring model: up to 5/10 acceptable; Silbernagel 2007); 7/10 is the model’s stop line in issue 9',
  },
  {
    id: 'shape-getting-worse-adult',
    perSide: false,
    when: { all: [yes('shapeChanging'), grownUp] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['orthopedic-specialist'],
      reason: 'Legs whose shape is getting worse need an orthopaedic review.',
      nextSteps: [SEE_FIRST, 'Ask your doctor for an orthopaedic appointment.'],
    },
    source: 'NORMS.md, Red flags: urgent orthopaedic review (rapidly worsening deformity)',
  },
  {
    id: 'surgery-not-cleared',
    perSide: false,
    when: { all: [afterSurgery, notYes('surgeryCleared')] },
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['physical-therapist'],
      reason: 'After surgery, strengthening starts once your surgeon or physiotherapist clears you.',
      nextSteps: ['Ask your surgeon or physiotherapist when you may start strengthening that leg.'],
    },
    source: 'USER-NEEDS.md, after injury or surgery: with the surgeon’s or physio’s clearance',
  },
  {
    id: 'bow-legs',
    perSide: true,
    when: is('standingKnee.{side}', 'out'),
    then: {
      kind: 'refer',
      outcome: 'see-professional-first',
      to: ['physical-therapist'],
      reason:
        'A knee that sits further out than its ankle is bow legs (varus), a different problem from knock knees: the knock-knee program, which pushes the knees out, is not for it.',
      nextSteps: [
        'Have a physical therapist confirm the shape and plan for it (for a child: a paediatric orthopaedic doctor).',
      ],
    },
    source:
      'seed 000, reader questions: bow legs are a different problem; USER-NEEDS.md, bow legs and mixed pictures',
  },
];
