/**
 * Draws one solved pose as SVG: floor, props, the hip-knee-toe guide lines of the front view,
 * the stick figure (the person's left in blue, right in orange, as elsewhere in the app) and bands.
 */
import type { ReactNode } from 'react';
import type { ExerciseAnimation, Prop } from './animation.js';
import { lowestY, solvePose } from './forward-kinematics.js';
import { FIGURE_WIDTH, GROUND_Y, HEAD_RADIUS } from './skeleton.js';
import type { Joint, Pose, Side, SkeletonPoints } from './skeleton.js';

const INK = '#1d2a2e';
const SIDE_COLOUR: Record<Side, string> = { left: '#1f5f9b', right: '#a3461b' };
const PROP_FILL = '#dfe6e3';
const PROP_LINE = '#6b7b80';
const BAND = '#7a2bd6';
const GUIDE = '#25643a';

function line(
  points: SkeletonPoints,
  joints: readonly Joint[],
  colour: string,
  width: number,
  key: string,
): ReactNode {
  const path = joints.map(
    (joint, index) => `${index === 0 ? 'M' : 'L'}${points[joint].x.toFixed(1)} ${points[joint].y.toFixed(1)}`,
  );
  return (
    <path
      key={key}
      d={path.join(' ')}
      stroke={colour}
      strokeWidth={width}
      fill="none"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}

function limbs(points: SkeletonPoints, side: Side, faded: boolean): ReactNode {
  return (
    <g key={side} opacity={faded ? 0.5 : 1} data-side={side}>
      {line(
        points,
        [`${side}Hip`, `${side}Knee`, `${side}Ankle`, `${side}Ball`, `${side}Toe`],
        SIDE_COLOUR[side],
        5,
        'leg',
      )}
      {line(points, [`${side}Shoulder`, `${side}Elbow`, `${side}Wrist`], SIDE_COLOUR[side], 4, 'arm')}
    </g>
  );
}

function propShape(prop: Prop): ReactNode {
  const common = { fill: PROP_FILL, stroke: PROP_LINE, strokeWidth: 1.5 };
  switch (prop.kind) {
    case 'step':
      return (
        <rect
          {...common}
          x={prop.x}
          y={GROUND_Y - prop.height}
          width={prop.width}
          height={prop.height}
          rx={1.5}
        />
      );
    case 'wall':
      return <rect {...common} x={prop.x} y={4} width={6} height={GROUND_Y - 4} />;
    case 'roller':
      return prop.length === undefined ? (
        <circle {...common} cx={prop.x} cy={GROUND_Y - prop.radius} r={prop.radius} />
      ) : (
        <rect
          {...common}
          x={prop.x - prop.length / 2}
          y={(prop.y ?? 0) - prop.radius}
          width={prop.length}
          height={2 * prop.radius}
          rx={prop.radius}
        />
      );
    case 'ball':
      return (
        <circle
          {...common}
          fill="#f0c9a8"
          cx={prop.x}
          cy={prop.y ?? GROUND_Y - prop.radius}
          r={prop.radius}
        />
      );
    case 'chair':
      return chairShape(prop);
    case 'band':
      return null;
  }
}

function chairShape(chair: Extract<Prop, { kind: 'chair' }>): ReactNode {
  const seatY = GROUND_Y - chair.seatHeight;
  const right = chair.x + chair.width;
  const stroke = { stroke: PROP_LINE, strokeWidth: 3, strokeLinecap: 'round' as const, fill: 'none' };
  if (chair.back === 'behind') {
    return (
      <>
        <rect
          x={chair.x + 4}
          y={seatY - 40}
          width={chair.width - 8}
          height={40}
          fill={PROP_FILL}
          stroke={PROP_LINE}
          strokeWidth={1.5}
        />
        <path
          {...stroke}
          d={`M${chair.x} ${seatY} H${right} M${chair.x + 3} ${seatY} V${GROUND_Y} M${right - 3} ${seatY} V${GROUND_Y}`}
        />
      </>
    );
  }
  const backX = chair.back === 'left' ? chair.x : right;
  return (
    <path
      {...stroke}
      d={`M${chair.x} ${seatY} H${right} M${chair.x + 2} ${seatY} V${GROUND_Y} M${right - 2} ${seatY} V${GROUND_Y} M${backX} ${seatY} V${seatY - 38}`}
    />
  );
}

/** Faint lines from each weight-bearing hip to its toes: the knee should sit on them. */
function guideLines(points: SkeletonPoints): ReactNode {
  const floor = lowestY(points);
  return (['left', 'right'] as const)
    .filter((side) => floor - points[`${side}Ball`].y < 6)
    .map((side) => (
      <line
        key={side}
        data-guide={side}
        x1={points[`${side}Hip`].x}
        y1={points[`${side}Hip`].y}
        x2={points[`${side}Toe`].x}
        y2={points[`${side}Toe`].y}
        stroke={GUIDE}
        strokeWidth={1.5}
        strokeDasharray="3 3"
        opacity={0.7}
      />
    ));
}

/** The figure in one pose with its props, for a `FIGURE_WIDTH` x `FIGURE_HEIGHT` box. */
export function FigureDrawing({
  animation,
  pose,
}: {
  readonly animation: ExerciseAnimation;
  readonly pose: Pose;
}) {
  const points = solvePose(pose, animation.view);
  const front = animation.view !== 'side';
  const focus = animation.focus;
  return (
    <g>
      {animation.view === 'above' ? null : (
        <line x1={0} y1={GROUND_Y} x2={FIGURE_WIDTH} y2={GROUND_Y} stroke={PROP_LINE} strokeWidth={2} />
      )}
      {animation.props.map((prop, index) => (
        <g key={index}>{propShape(prop)}</g>
      ))}
      {animation.view === 'front' && Math.abs(pose.trunk) < 30 ? guideLines(points) : null}
      {limbs(points, 'left', !front)}
      {front ? line(points, ['leftHip', 'rightHip'], INK, 5, 'hips') : null}
      {front ? line(points, ['leftShoulder', 'rightShoulder'], INK, 5, 'shoulders') : null}
      {line(points, ['pelvis', 'neck', 'head'], INK, 6, 'trunk')}
      <circle cx={points.head.x} cy={points.head.y} r={HEAD_RADIUS} fill={INK} />
      {limbs(points, 'right', false)}
      {animation.props.map((prop, index) =>
        prop.kind === 'band' ? line(points, prop.between, BAND, 3.5, `band-${index}`) : null,
      )}
      {focus !== undefined ? (
        <circle
          cx={points[focus].x}
          cy={points[focus].y}
          r={7}
          fill="none"
          stroke="#b3600b"
          strokeWidth={2}
          strokeDasharray="2 2"
        />
      ) : null}
    </g>
  );
}
