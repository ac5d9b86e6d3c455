/**
 * Self-tests that look at how the legs and pelvis line up when standing, and whether the knee can be brought into line.
 */
import type { SelfTest } from './self-test-types.js';
import { ask, single, yesNo } from './self-test-types.js';
import * as results from './self-test-results.js';

export const ALIGNMENT_TESTS: readonly SelfTest[] = [
  {
    id: 'standing-knee',
    key: 'standingKnee',
    name: 'Standing knee test',
    steps: [
      'Stand in front of a mirror in shorts, or have someone take a photo from the front.',
      'March on the spot for about 5 seconds, then stop and let your legs settle where they want.',
      'Look at each knee: does it sit closer to the middle of your body than the ankle below it?',
    ],
    tellsUs: 'Whether a knee sits inside the line of its ankle while you stand (knock knee), or outside it.',
    perSide: true,
    fields: [
      {
        name: null,
        question: ask(
          'Where does this knee sit?',
          'Compare the kneecap with the ankle bone below it.',
          single({
            in: 'Closer to the middle than the ankle (caves in)',
            'in-line': 'Straight above the ankle',
            out: 'Further out than the ankle (bowed)',
          }),
        ),
      },
    ],
    resultSchema: results.standingKneeResult,
    source: { seed: '000', section: 'Knee Valgus test' },
  },
  {
    id: 'intermalleolar',
    key: 'intermalleolar',
    name: 'Gap between the ankles',
    steps: [
      'Stand with your kneecaps facing forwards and let the knees touch lightly, without squeezing.',
      'Have someone measure the gap between the bony bumps on the inside of your ankles.',
      'If your ankles touch, the gap is 0.',
    ],
    tellsUs: 'How knock-kneed the standing shape is; over 8 cm is beyond the normal range for adults.',
    perSide: false,
    fields: [
      {
        name: 'cm',
        question: ask('Gap between the inner ankle bones, in cm?', 'Measure with the knees just touching.', {
          kind: 'number',
          unit: 'cm',
          min: 0,
          max: 40,
          integer: false,
        }),
      },
    ],
    resultSchema: results.intermalleolarResult,
    // NORMS.md, static alignment: > 8 cm beyond normal in adults (Heath & Staheli 1993).
    source: { seed: '000', section: 'Knee Valgus test' },
  },
  {
    id: 'foot-angle',
    key: 'footAngle',
    name: 'Where the feet point',
    steps: [
      'March on the spot, stop, and stand relaxed.',
      'Look down: does each foot point straight ahead, outwards (duck feet) or inwards?',
    ],
    tellsUs: 'Feet turned out with the knees facing in suggest a shin turned outwards.',
    perSide: true,
    fields: [
      {
        name: null,
        question: ask(
          'Where does this foot point?',
          'Use the line from heel to second toe.',
          single({
            forward: 'Straight ahead',
            out: 'Outwards',
            in: 'Inwards',
          }),
        ),
      },
    ],
    resultSchema: results.footAngleResult,
    source: { seed: '000', section: 'What is Knee Valgus? d) Duck Feet Posture' },
  },
  {
    id: 'knee-hyperextension',
    key: 'kneeHyperextension',
    name: 'Knees bowing backwards',
    steps: [
      'Stand relaxed, side-on to a mirror.',
      'Do your knees push back past straight, so the leg curves backwards?',
    ],
    tellsUs: 'Locked-back knees are a different problem from valgus, and can make knees look turned in.',
    perSide: false,
    fields: [
      { name: 'kneesLockBack', question: ask('Do the knees bow backwards?', 'Seen from the side.', yesNo) },
    ],
    resultSchema: results.kneeHyperextensionResult,
    source: { seed: '000', section: 'Reader questions: knee hyperextension' },
  },
  {
    id: 'anterior-pelvic-tilt',
    key: 'anteriorPelvicTilt',
    name: 'Pelvis tipping forwards',
    steps: [
      'Stand side-on to a mirror, or have a side photo taken.',
      'Find the bony point at the front of the hip and the one at the back of the pelvis.',
      'Is the front point clearly lower than the back, with a deep arch in the lower back?',
    ],
    tellsUs: 'A forward-tipped pelvis can turn the thighs and knees inwards.',
    perSide: false,
    fields: [
      {
        name: 'tilted',
        question: ask('Does the pelvis tip forwards?', 'Front point clearly lower than the back.', yesNo),
      },
    ],
    resultSchema: results.anteriorPelvicTiltResult,
    source: { seed: '000', section: '7. Address Pelvis Position' },
  },
  {
    id: 'pelvis-position',
    key: 'pelvisPosition',
    name: 'Pelvis turned or shifted',
    steps: [
      'Stand relaxed in front of a mirror with hands on the bony points at the front of the hips.',
      'Is one side further forward than the other? Then the pelvis is turned towards the side further back.',
      'Is the pelvis off centre, sitting more over one foot than the other?',
    ],
    tellsUs:
      'A turned pelvis can cause valgus on one side; a pelvis shifted over one foot can look like valgus.',
    perSide: false,
    fields: [
      {
        name: 'rotatedTowards',
        question: ask(
          'Which way is the pelvis turned?',
          'Towards the side whose hip point is further back.',
          single({
            none: 'It faces straight ahead',
            left: 'Turned towards the left',
            right: 'Turned towards the right',
          }),
        ),
      },
      {
        name: 'shiftedTowards',
        question: ask(
          'Which way does the pelvis sit off centre?',
          'Compare it with the midpoint between your feet.',
          single({
            none: 'Centred between the feet',
            left: 'Shifted to the left',
            right: 'Shifted to the right',
          }),
        ),
      },
    ],
    resultSchema: results.pelvisPositionResult,
    source: { seed: '000', section: '8. Knee Valgus On One Side: b) Assess For Rotation Pelvis' },
  },
  {
    id: 'active-correction',
    key: 'activeCorrection',
    name: 'Can you put the knee in line?',
    steps: [
      'Stand in front of a mirror with the feet hip-width apart and pointing forwards.',
      'Bend the knees slightly and gently turn the knees outwards, keeping the feet flat.',
      'Can you bring this knee straight above the foot, over the second toe? Never force it.',
    ],
    tellsUs:
      'If you can bring the knee into line yourself, the valgus is most likely functional and exercise can change it.',
    perSide: true,
    fields: [
      {
        name: null,
        question: ask(
          'Could you bring this knee into line?',
          'A muscle burn while you hold it is fine.',
          single({
            can: 'Yes, fully',
            partly: 'Partly',
            cannot: 'No, it stays where it is',
          }),
        ),
      },
    ],
    resultSchema: results.activeCorrectionResult,
    source: { seed: '000', section: 'Reader questions: structural or functional' },
  },
];
