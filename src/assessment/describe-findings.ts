/**
 * Findings in plain words, for the terminal now and any text view later: one line per point,
 * the referral first when there is one.
 */
import type { Driver } from '../catalog/types.js';
import type { Finding, Findings, MixedPicture, Professional, Sides } from './types.js';

/** What each driver means, in the words a person would use. */
export const DRIVER_WORDS: Readonly<Record<Driver, string>> = {
  'foot-pronation': 'the arch of the foot flattens (the foot rolls in)',
  'ankle-dorsiflexion': 'the ankle does not bend forwards enough',
  'hip-abductor-weakness': 'the muscles at the side of the hip are weak',
  'hip-external-rotator-weakness': 'the muscles that turn the thigh out are weak',
  'adductor-tightness': 'the inner-thigh muscles are tight',
  'tfl-tightness': 'the muscle at the front-outside of the hip (TFL) is tight',
  'tibial-external-rotation': 'the shin is turned outwards',
  'quadriceps-weakness': 'the front-thigh muscles are weak',
  'anterior-pelvic-tilt': 'the pelvis tips forwards',
  'pelvis-rotation': 'the pelvis is turned to one side',
  'big-toe-extension': 'the big toe does not bend up enough',
  'knee-position-sense': 'the sense of where the knee is is off',
};

export const PROFESSIONAL_WORDS: Readonly<Record<Professional, string>> = {
  'physical-therapist': 'a physical therapist',
  'orthopedic-specialist': 'an orthopedic specialist',
  doctor: 'your doctor',
  'paediatric-physiotherapist': 'a paediatric physiotherapist',
  'urgent-care': 'an emergency department or urgent care, today',
  'paediatric-orthopaedic-specialist': 'a paediatric orthopaedic doctor',
};

const PICTURE_WORDS: Readonly<Record<MixedPicture, string>> = {
  'bow-legs': 'bow legs',
  'knee-hyperextension': 'knees that bow backwards',
  'duck-feet': 'feet that point outwards',
  'pelvis-shift': 'a pelvis shifted over one foot',
};

const SIDE_WORDS: Readonly<Record<Sides | 'none', string>> = {
  left: 'the left knee',
  right: 'the right knee',
  both: 'both knees',
  none: 'neither knee, from what you told us',
};

function driverLines(finding: Finding): readonly string[] {
  const side = finding.side === 'both' ? 'both legs' : `${finding.side} leg`;
  return [
    `- ${DRIVER_WORDS[finding.driver]} (${side}, ${finding.severity})`,
    ...finding.evidence.map((item) => `    because: ${item.detail}`),
  ];
}

/** The findings as lines of plain text. */
export function describeFindings(findings: Findings): readonly string[] {
  const lines: string[] = [];
  const referral = findings.referral;
  if (referral !== null) {
    const who = referral.to.map((to) => PROFESSIONAL_WORDS[to]).join(' and ');
    lines.push(
      referral.urgency === 'stop'
        ? `Please see ${who} before starting exercises.`
        : `You can start, alongside advice from ${who}.`,
      ...referral.reasons.map((reason) => `  ${reason}`),
      'Next steps:',
      ...referral.nextSteps.map((step) => `  - ${step}`),
      '',
    );
  }
  lines.push(`Knees that cave in: ${SIDE_WORDS[findings.valgusSide]}.`);
  const nature = {
    dynamic: 'Type: dynamic (muscle control), which exercise can change.',
    'likely-structural': 'Type: likely structural (bone shape).',
    unclear: 'Type: not clear yet; the "can you put the knee in line?" test tells us more.',
  } as const;
  lines.push(nature[findings.nature]);
  if (findings.drivers.length > 0) {
    lines.push('', 'What seems to drive it:', ...findings.drivers.flatMap(driverLines));
  } else {
    lines.push('', 'No driver stood out from the tests you did.');
  }
  if (findings.mixedPictures.length > 0) {
    lines.push('', `Also seen: ${findings.mixedPictures.map((p) => PICTURE_WORDS[p]).join(', ')}.`);
  }
  if (findings.notes.length > 0) {
    lines.push('', 'Keep in mind:', ...findings.notes.map((note) => `- ${note}`));
  }
  lines.push(
    '',
    findings.programAllowed ? 'A program can be built from these findings.' : 'No program for now.',
  );
  return lines;
}
