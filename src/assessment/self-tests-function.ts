/**
 * Self-tests of the foot, the ankle, single-leg control, knee position sense, muscle length and thigh strength: standing first, lying down last.
 */
import type { SelfTest } from './self-test-types.js';
import { ask, single, yesNo } from './self-test-types.js';
import * as results from './self-test-results.js';

export const FUNCTION_TESTS: readonly SelfTest[] = [
  {
    id: 'foot-arch',
    key: 'foot',
    name: 'Arch when standing, and the short foot',
    steps: [
      'Sit with bare feet on the floor and look at the arch; then stand up and look again.',
      'Standing, keep the ball of the big toe down and draw the ball of the foot towards the heel without curling the toes, so the arch lifts.',
      'Try to hold that lifted arch for 5 seconds.',
    ],
    tellsUs: 'Whether the foot flattens under load, which turns the shin and knee inwards.',
    perSide: true,
    fields: [
      {
        name: 'archCollapsesStanding',
        question: ask('Does the arch flatten when you stand?', 'Compare with sitting.', yesNo),
      },
      {
        name: 'canHoldShortFoot',
        question: ask(
          'Could you lift the arch and hold it for 5 seconds?',
          'Without curling the toes.',
          yesNo,
        ),
      },
    ],
    // The 5-second hold: seed 000, 6B Short Foot Exercise ("hold this for 5 seconds").
    resultSchema: results.footResult,
    source: { seed: '001', section: 'Key #1: The Short & Skinny Foot' },
  },
  {
    id: 'big-toe-extension',
    key: 'bigToe',
    name: 'Big-toe bend',
    steps: [
      'Stand with your weight on both feet.',
      'Lift the big toe up as far as it goes, with your hand if needed, keeping the foot flat.',
      'Compare with the other foot: does it stop early or feel stiff?',
    ],
    tellsUs: 'A stiff big toe makes the foot turn out and the knee fall in as you push off when walking.',
    perSide: true,
    fields: [
      {
        name: null,
        question: ask(
          'How far does the big toe bend up?',
          'Stiff or blocked counts as limited.',
          single({
            full: 'Freely, a long way',
            limited: 'Only a little, or it feels stiff',
          }),
        ),
      },
    ],
    resultSchema: results.bigToeResult,
    source: { seed: '000', section: '6. Improve Walking Pattern: C. Increase Big Toe Extension' },
  },
  {
    id: 'knee-to-wall',
    key: 'kneeToWall',
    name: 'Knee-to-wall ankle test',
    steps: [
      'Face a wall barefoot, one foot in front, the knee touching the wall.',
      'Slide that foot back bit by bit while the knee keeps touching the wall and the heel stays down.',
      'Keep the arch lifted; do not let the foot roll in.',
      'At the furthest point, measure from the tip of the big toe to the wall.',
    ],
    tellsUs: 'Whether the ankle bends enough; aim for more than 10 cm (4 in).',
    perSide: true,
    fields: [
      {
        name: null,
        question: ask('Distance from big toe to wall?', 'In cm or inches, your choice.', {
          kind: 'length',
          maxCm: 40,
        }),
      },
    ],
    resultSchema: results.kneeToWallResult,
    // Seed 000 step 6A: more than 4 in (10 cm) from the wall.
    source: { seed: '000', section: '6. Improve Walking Pattern: A. Improve Ankle mobility' },
  },
  {
    id: 'single-leg-balance',
    key: 'singleLegBalance',
    name: 'Single-leg balance',
    steps: [
      'Stand on one leg, feet pointing forwards, knee soft and kept over the foot.',
      'Time how long you hold it, up to 30 seconds, touching a wall only if you must.',
      'Notice whether the knee drifts inwards while you balance.',
    ],
    tellsUs: 'Control of the hip, knee and foot together on one leg.',
    perSide: true,
    fields: [
      {
        name: 'seconds',
        question: ask(
          'Seconds held (30 if you made it)?',
          'Stop counting when the other foot touches down.',
          {
            kind: 'number',
            unit: 'seconds',
            min: 0,
            max: 30,
            integer: true,
          },
        ),
      },
      { name: 'kneeCaved', question: ask('Did the knee drift inwards?', 'Watch it in a mirror.', yesNo) },
    ],
    resultSchema: results.singleLegBalanceResult,
    // Seed 000 step 5a: hold for 30 seconds.
    source: { seed: '000', section: '5. Maintain Ideal Knee Alignment: a) Single Leg Balance' },
  },
  {
    id: 'single-leg-squat',
    key: 'singleLegSquat',
    name: 'Single-leg squat',
    steps: [
      'Stand on one leg facing a mirror (or the camera), a wall or chair near for balance.',
      'Bend the standing knee slowly as deep as you can control, then come back up. Do 5.',
      'Watch the knee: does it drift inwards past the line of your second toe?',
    ],
    tellsUs: 'Whether the knee caves in when it takes load: a sign of weak hip muscles.',
    perSide: true,
    fields: [
      {
        name: 'observed',
        question: ask(
          'What did the knee do?',
          'If the camera measured it, use the camera entry instead.',
          single({
            caves: 'It drifted inwards',
            holds: 'It stayed over the foot',
          }),
        ),
      },
    ],
    resultSchema: results.singleLegSquatResult,
    source: { seed: '001', section: 'Exercise 3: 1-Leg Squat' },
  },
  {
    id: 'knee-position-sense',
    key: 'kneePositionSense',
    name: 'Knee position sense',
    steps: [
      'Stand facing the camera with your back near a wall, feet shoulder-width apart.',
      'Close your eyes, bend into a half squat and place the knee where you feel it is straight over the foot.',
      'Hold still while the camera measures how far the knee is from the line; then open your eyes.',
    ],
    tellsUs:
      'How well you sense where the knee is: poor knee position sense went with more valgus in landing.',
    perSide: true,
    fields: [
      {
        name: 'errorDegrees',
        question: ask(
          'How many degrees off the line was the knee?',
          'As the camera or a helper measured it.',
          {
            kind: 'number',
            unit: 'degrees',
            min: 0,
            max: 45,
            integer: false,
          },
        ),
      },
    ],
    resultSchema: results.kneePositionSenseResult,
    source: { seed: '001', section: 'Key #2: kinesthetic awareness' },
  },
  {
    id: 'groin-stretch',
    key: 'groinStretch',
    name: 'Inner-thigh tightness',
    steps: [
      'Lie on your back, bring the soles of the feet together and slide them towards you.',
      'Let the knees fall out to the sides under their own weight; do not push them.',
      'Does this knee stay high, with a strong pull in the inner thigh?',
    ],
    tellsUs: 'Tight inner-thigh muscles pull the knee towards the middle.',
    perSide: true,
    fields: [
      {
        name: null,
        question: ask(
          'How did this inner thigh feel?',
          'Compare the two sides.',
          single({
            tight: 'Tight: the knee stays high',
            free: 'Free: the knee drops easily',
          }),
        ),
      },
    ],
    resultSchema: results.groinStretchResult,
    source: { seed: '000', section: '2. Stretches: b) Groin' },
  },
  {
    id: 'leg-drop',
    key: 'legDrop',
    name: 'Outer-hip tightness (side-lying leg drop)',
    steps: [
      'Lie on your side, bottom knee bent, top leg straight and in line with your body.',
      'Take the top leg slightly behind you and let it relax down towards the floor.',
      'Does it stay up in the air instead of dropping below the level of the hip?',
    ],
    tellsUs: 'A tight TFL at the front-outside of the hip turns the thigh inwards.',
    perSide: true,
    fields: [
      {
        name: null,
        question: ask(
          'What did the top leg do?',
          'The tested side is the top leg.',
          single({
            'stays-up': 'It stayed up',
            drops: 'It dropped down freely',
          }),
        ),
      },
    ],
    resultSchema: results.legDropResult,
    source: { seed: '000', section: '1. Releases: b) Tensor Fasciae Latae' },
  },
  {
    id: 'straight-leg-raise',
    key: 'straightLegRaise',
    name: 'Straight-leg raises',
    steps: [
      'Lie on your back, one knee bent, the other leg straight with the knee pressed flat.',
      'Keeping that knee locked straight, lift the leg up and down.',
      'Count the lifts you can do with the knee fully straight, up to 30.',
    ],
    tellsUs: 'Whether the thigh muscles are strong enough to hold the knee in place.',
    perSide: true,
    fields: [
      {
        name: 'reps',
        question: ask('How many lifts with the knee straight?', 'Up to 30.', {
          kind: 'number',
          unit: 'lifts',
          min: 0,
          max: 30,
          integer: true,
        }),
      },
    ],
    resultSchema: results.straightLegRaiseResult,
    // Seed 000 step 4c: repeat 30 times.
    source: { seed: '000', section: '4. Strengthening exercises: c) Quadriceps' },
  },
];
