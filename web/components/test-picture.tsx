/**
 * Simple line drawings for the self-tests: enough to show the position, not a full illustration.
 * Each picture is described in words for screen readers.
 */
import type { ReactNode } from 'react';

type Pose = 'front' | 'one-leg' | 'squat' | 'side' | 'wall' | 'foot' | 'seated' | 'lying';

const POSE_OF_TEST: Readonly<Record<string, Pose>> = {
  'standing-knee': 'front',
  intermalleolar: 'front',
  'knee-to-wall': 'wall',
  'single-leg-squat': 'squat',
  'single-leg-balance': 'one-leg',
  'foot-arch': 'foot',
  'big-toe-extension': 'foot',
  'foot-angle': 'foot',
  'anterior-pelvic-tilt': 'side',
  'pelvis-position': 'front',
  'knee-hyperextension': 'side',
  'active-correction': 'front',
  'knee-position-sense': 'seated',
  'groin-stretch': 'lying',
};

const DESCRIPTION: Readonly<Record<Pose, string>> = {
  front: 'A person standing, seen from the front, feet hip-width apart.',
  'one-leg': 'A person standing on one leg, the other foot lifted.',
  squat: 'A person bending the knee of the standing leg, seen from the front.',
  side: 'A person standing, seen from the side.',
  wall: 'A person facing a wall in a small lunge, front knee touching the wall, heel down.',
  foot: 'A bare foot seen from the inside, with the arch and the big toe.',
  seated: 'A person sitting on a chair, one knee straightened.',
  lying: 'A person lying on their back, knees bent and falling outwards.',
};

const head = (x: number, y: number): ReactNode => <circle cx={x} cy={y} r="9" />;

function figure(pose: Pose): ReactNode {
  switch (pose) {
    case 'front':
      return (
        <>
          {head(60, 18)}
          <path d="M60 27 V80 M60 40 L38 70 M60 40 L82 70 M60 80 L48 115 L46 150 M60 80 L72 115 L74 150" />
          <path d="M40 150 H52 M68 150 H80" />
        </>
      );
    case 'one-leg':
      return (
        <>
          {head(60, 18)}
          <path d="M60 27 V80 M60 40 L36 60 M60 40 L84 60 M60 80 L56 115 L56 150 M60 80 L74 108 L70 130" />
          <path d="M48 150 H64" />
        </>
      );
    case 'squat':
      return (
        <>
          {head(60, 28)}
          <path d="M60 37 V88 M60 50 L34 66 M60 50 L86 66 M60 88 L48 118 L56 150 M60 88 L80 100 L78 118" />
          <path d="M48 150 H64" />
          <path className="accent" d="M48 118 l10 -6" />
        </>
      );
    case 'side':
      return (
        <>
          {head(58, 18)}
          <path d="M58 27 L60 80 M59 40 L62 70 M60 80 L62 115 L60 150 M60 150 H76" />
          <path className="accent" d="M48 78 Q60 70 72 82" />
        </>
      );
    case 'wall':
      return (
        <>
          <path d="M104 10 V155" strokeWidth="5" />
          {head(70, 22)}
          <path d="M70 31 L66 84 M68 44 L92 60 M66 84 L100 112 L96 150 M66 84 L46 118 L34 150 M96 150 H108 M28 150 H40" />
          <path className="accent" d="M100 112 l4 0" />
        </>
      );
    case 'foot':
      return (
        <>
          <path d="M14 120 Q18 96 40 96 L78 98 Q96 100 104 112 L108 122 Q60 124 14 120 Z" />
          <path className="accent" d="M40 120 Q58 104 78 120" />
          <path d="M40 96 V40 M52 98 V40" />
        </>
      );
    case 'seated':
      return (
        <>
          {head(40, 30)}
          <path d="M40 39 V90 H80 L108 84 M40 90 H70 L70 140 M30 90 V150 M86 90 V150 M30 90 H90" />
        </>
      );
    case 'lying':
      return (
        <>
          {head(16, 120)}
          <path d="M25 122 H75 L92 92 L108 128 M75 122 L98 98 L112 126" />
          <path d="M6 135 H116" />
        </>
      );
  }
}

export function TestPicture({ testId }: { readonly testId: string }) {
  const pose = POSE_OF_TEST[testId] ?? 'front';
  return (
    <svg
      className="test-picture"
      viewBox="0 0 120 160"
      width="150"
      height="200"
      role="img"
      aria-label={DESCRIPTION[pose]}
      fill="none"
      stroke="#1d2a2e"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {figure(pose)}
    </svg>
  );
}
