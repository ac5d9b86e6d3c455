/**
 * The line drawings for the self-tests, one per position (120 x 160 units). The part to look at
 * is drawn in the accent colour.
 */
import type { ReactNode } from 'react';

export type TestPose =
  | 'front'
  | 'front-knees-together'
  | 'front-hands-on-hips'
  | 'front-knees-out'
  | 'feet-from-above'
  | 'one-leg'
  | 'squat'
  | 'half-squat-eyes-closed'
  | 'side-knee'
  | 'side-pelvis'
  | 'wall'
  | 'foot-arch'
  | 'big-toe'
  | 'lying-butterfly'
  | 'side-lying-leg-drop'
  | 'lying-leg-raise';

export const POSE_DESCRIPTIONS: Readonly<Record<TestPose, string>> = {
  front: 'A person standing, seen from the front, feet hip-width apart; the knees are marked.',
  'front-knees-together':
    'A person standing from the front with the knees lightly touching; the gap between the ankles is marked.',
  'front-hands-on-hips':
    'A person standing from the front with hands on the front of the hips; the line across the pelvis is marked.',
  'front-knees-out': 'A person standing from the front, knees slightly bent and turning outwards, feet flat.',
  'feet-from-above': 'Two feet seen from above, the direction each points is marked.',
  'one-leg': 'A person standing on one leg, the other foot lifted.',
  squat: 'A person bending the knee of the standing leg, seen from the front; the knee is marked.',
  'half-squat-eyes-closed': 'A person in a half squat from the front, eyes closed, back near a wall.',
  'side-knee': 'A person standing, seen from the side; the back of the knee is marked.',
  'side-pelvis': 'A person standing, seen from the side; the tilt of the pelvis is marked.',
  wall: 'A person facing a wall in a small lunge, front knee touching the wall, heel down.',
  'foot-arch': 'A bare foot seen from the inside; the arch is marked.',
  'big-toe': 'A bare foot from the inside with the big toe lifted; the toe is marked.',
  'lying-butterfly': 'A person lying on their back, soles together, knees falling outwards.',
  'side-lying-leg-drop':
    'A person lying on their side, bottom knee bent, the straight top leg lowering behind the body.',
  'lying-leg-raise': 'A person lying on their back, one knee bent, the other leg straight and lifted.',
};

const head = (x: number, y: number): ReactNode => <circle cx={x} cy={y} r="9" />;
const standingTop = <path d="M60 27 V80" />;

export function testFigure(pose: TestPose): ReactNode {
  switch (pose) {
    case 'front':
      return (
        <>
          {head(60, 18)}
          {standingTop}
          <path d="M60 40 L38 70 M60 40 L82 70 M60 80 L48 115 L46 150 M60 80 L72 115 L74 150 M40 150 H52 M68 150 H80" />
          <path className="accent" d="M42 115 h10 M68 115 h10" />
        </>
      );
    case 'front-knees-together':
      return (
        <>
          {head(60, 18)}
          {standingTop}
          <path d="M60 40 L38 70 M60 40 L82 70 M60 80 L57 115 L44 150 M60 80 L63 115 L76 150 M36 150 H48 M72 150 H84" />
          <path className="accent" d="M48 142 H72 M48 138 v8 M72 138 v8" />
        </>
      );
    case 'front-hands-on-hips':
      return (
        <>
          {head(60, 18)}
          {standingTop}
          <path d="M60 40 L42 58 L50 78 M60 40 L78 58 L70 78 M60 80 L50 115 L48 150 M60 80 L70 115 L72 150 M42 150 H54 M66 150 H78" />
          <path className="accent" d="M44 82 H76" />
        </>
      );
    case 'front-knees-out':
      return (
        <>
          {head(60, 24)}
          <path d="M60 33 V84 M60 46 L40 74 M60 46 L80 74 M60 84 L44 114 L48 150 M60 84 L76 114 L72 150 M42 150 H54 M66 150 H78" />
          <path className="accent" d="M40 114 l-10 -4 M80 114 l10 -4" />
        </>
      );
    case 'feet-from-above':
      return (
        <>
          <path d="M34 140 Q24 110 30 80 Q36 62 46 80 Q50 110 44 140 Z M86 140 Q96 110 90 80 Q84 62 74 80 Q70 110 76 140 Z" />
          <path className="accent" d="M38 70 L30 40 M82 70 L90 40" />
        </>
      );
    case 'one-leg':
      return (
        <>
          {head(60, 18)}
          {standingTop}
          <path d="M60 40 L36 60 M60 40 L84 60 M60 80 L56 115 L56 150 M60 80 L74 108 L70 130 M48 150 H64" />
        </>
      );
    case 'squat':
      return (
        <>
          {head(60, 28)}
          <path d="M60 37 V88 M60 50 L34 66 M60 50 L86 66 M60 88 L48 118 L56 150 M60 88 L80 100 L78 118 M48 150 H64" />
          <path className="accent" d="M48 118 l10 -6" />
        </>
      );
    case 'half-squat-eyes-closed':
      return (
        <>
          <path d="M12 10 V155" strokeWidth="5" />
          {head(60, 30)}
          <path d="M55 30 h4 M61 30 h4" strokeWidth="2" />
          <path d="M60 39 V90 M60 52 L40 74 M60 52 L80 74 M60 90 L42 118 L46 150 M60 90 L78 118 L74 150 M40 150 H52 M68 150 H80" />
          <path className="accent" d="M42 118 l-6 0 M78 118 l6 0" />
        </>
      );
    case 'side-knee':
      return (
        <>
          {head(58, 18)}
          <path d="M58 27 L60 80 M59 40 L62 70 M60 80 L66 115 L60 150 M60 150 H76" />
          <path className="accent" d="M72 108 Q76 115 70 122" />
        </>
      );
    case 'side-pelvis':
      return (
        <>
          {head(58, 18)}
          <path d="M58 27 L60 80 M59 40 L62 70 M60 80 L62 115 L60 150 M60 150 H76" />
          <path className="accent" d="M44 74 L76 86" />
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
    case 'foot-arch':
      return (
        <>
          <path d="M14 120 Q18 96 40 96 L78 98 Q96 100 104 112 L108 122 Q60 124 14 120 Z" />
          <path className="accent" d="M40 120 Q58 104 78 120" />
          <path d="M40 96 V40 M52 98 V40" />
        </>
      );
    case 'big-toe':
      return (
        <>
          <path d="M14 120 Q18 96 40 96 L84 100 Q96 104 96 116 L96 122 Q60 124 14 120 Z" />
          <path className="accent" d="M96 112 L112 92" />
          <path d="M40 96 V40 M52 98 V40" />
        </>
      );
    case 'lying-butterfly':
      return (
        <>
          {head(16, 120)}
          <path d="M25 122 H75 L92 92 L108 128 M75 122 L98 98 L112 126 M6 135 H116" />
          <path className="accent" d="M92 92 l-8 -6 M98 98 l8 -6" />
        </>
      );
    case 'side-lying-leg-drop':
      return (
        <>
          {head(14, 110)}
          <path d="M23 112 H70 M40 112 L44 100 M70 112 L86 126 L100 126 M6 134 H116" />
          <path className="accent" d="M70 112 L112 120" />
          <path d="M104 106 l6 10" strokeDasharray="3 3" />
        </>
      );
    case 'lying-leg-raise':
      return (
        <>
          {head(14, 124)}
          <path d="M23 126 H66 L82 104 L98 128 M6 136 H116" />
          <path className="accent" d="M66 126 L108 96" />
        </>
      );
  }
}
