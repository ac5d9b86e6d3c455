/**
 * The animated stick figure for an exercise: keyframe poses from poses/ tweened in a loop.
 * When the person prefers reduced motion, or presses Pause, it shows the key poses side by side.
 */
import { useId, useState } from 'react';
import { FigureDrawing } from './figure-drawing.js';
import { poseAt } from './interpolate.js';
import { EXERCISE_ANIMATIONS } from './poses/index.js';
import { FIGURE_HEIGHT, FIGURE_WIDTH } from './skeleton.js';
import { useAnimationClock } from './use-animation-clock.js';
import { useReducedMotion } from './use-reduced-motion.js';
import './illustrations.css';

export interface ExerciseIllustrationProps {
  /** The catalog exercise id. */
  readonly id: string;
  /** The exercise's name, read before the movement's description. */
  readonly name?: string;
  /** Width of one figure in CSS pixels; 200 when absent. */
  readonly size?: number;
  /** Start moving (true, the default) or show the key poses side by side. */
  readonly playing?: boolean;
}

export function ExerciseIllustration({
  id,
  name,
  size = FIGURE_WIDTH,
  playing = true,
}: ExerciseIllustrationProps) {
  const animation = EXERCISE_ANIMATIONS[id];
  const titleId = useId();
  const reducedMotion = useReducedMotion();
  const [paused, setPaused] = useState(!playing);
  const moving = animation !== undefined && !reducedMotion && !paused;
  const seconds = useAnimationClock(moving);
  if (animation === undefined) {
    return (
      <figure className="figure-box exercise-illustration" data-exercise={id}>
        <figcaption>{name ?? id}</figcaption>
      </figure>
    );
  }
  const title = name === undefined ? animation.description : `${name}: ${animation.description}`;
  const poses = moving ? [poseAt(animation, seconds)] : animation.keyframes.map((frame) => frame.pose);
  const width = FIGURE_WIDTH * poses.length;
  return (
    <figure className="figure-box exercise-illustration" data-exercise={id}>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${width} ${FIGURE_HEIGHT}`}
        width={size * poses.length}
        height={(size * FIGURE_HEIGHT) / FIGURE_WIDTH}
      >
        <title id={titleId}>{title}</title>
        {poses.map((pose, index) => (
          <g key={index} transform={`translate(${index * FIGURE_WIDTH} 0)`}>
            <FigureDrawing animation={animation} pose={pose} />
          </g>
        ))}
      </svg>
      {reducedMotion ? null : (
        <button type="button" className="button illustration-toggle" onClick={() => setPaused(!paused)}>
          {paused ? 'Play the movement' : 'Pause and show the key poses'}
        </button>
      )}
    </figure>
  );
}
