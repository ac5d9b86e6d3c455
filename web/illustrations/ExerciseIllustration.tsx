/**
 * The animated stick figure for an exercise: keyframe poses from poses/ tweened in a loop.
 * When the person prefers reduced motion, or presses Pause, it shows the key poses side by side.
 */
import { useId, useMemo, useState } from 'react';
import { FigureDrawing } from './figure-drawing.js';
import { frameFor } from './framing.js';
import { poseAt } from './interpolate.js';
import { EXERCISE_ANIMATIONS } from './poses/index.js';
import { FIGURE_WIDTH } from './skeleton.js';
import { useAnimationClock } from './use-animation-clock.js';
import { useReducedMotion } from './use-reduced-motion.js';
import './illustrations.css';

export interface ExerciseIllustrationProps {
  /** The catalog exercise id. */
  readonly id: string;
  /** The exercise's name, read before the movement's description. */
  readonly name?: string;
  /** CSS pixels per full figure box width (200 units), so every exercise is drawn at one scale; 200 when absent. */
  readonly size?: number;
  /** Start moving (true, the default) or show the key poses side by side. */
  readonly playing?: boolean;
  /** Fill the width it is given (the session player's big demo) instead of a fixed size. */
  readonly large?: boolean;
  /** One still picture of the movement's end pose, no buttons (a list of exercises). */
  readonly still?: boolean;
}

type Mode = 'moving' | 'key-poses' | 'step';

export function ExerciseIllustration({
  id,
  name,
  size = FIGURE_WIDTH,
  playing = true,
  large = false,
  still = false,
}: ExerciseIllustrationProps) {
  const animation = EXERCISE_ANIMATIONS[id];
  const titleId = useId();
  const reducedMotion = useReducedMotion();
  const [mode, setMode] = useState<Mode>(still ? 'step' : playing ? 'moving' : 'key-poses');
  const [step, setStep] = useState(still ? Number.MAX_SAFE_INTEGER : 0);
  const paused = mode !== 'moving';
  const moving = animation !== undefined && !reducedMotion && !paused;
  const seconds = useAnimationClock(moving);
  const frame = useMemo(() => (animation === undefined ? null : frameFor(animation)), [animation]);
  if (animation === undefined || frame === null) {
    return (
      <figure className="figure-box exercise-illustration" data-exercise={id}>
        <figcaption>{name ?? id}</figcaption>
      </figure>
    );
  }
  const title = name === undefined ? animation.description : `${name}: ${animation.description}`;
  const keyPoses = animation.keyframes.map((keyframe) => keyframe.pose);
  const shown = Math.min(step, keyPoses.length - 1);
  const poses = moving
    ? [poseAt(animation, seconds)]
    : mode === 'step'
      ? keyPoses.slice(shown, shown + 1)
      : keyPoses;
  const width = frame.width * poses.length;
  return (
    <figure className={`figure-box exercise-illustration${large ? ' large' : ''}`} data-exercise={id}>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`${frame.x} ${frame.y} ${width} ${frame.height}`}
        width={large ? '100%' : (size * width) / FIGURE_WIDTH}
        height={large ? undefined : (size * frame.height) / FIGURE_WIDTH}
      >
        <title id={titleId}>{title}</title>
        {poses.map((pose, index) => (
          <g key={index} transform={`translate(${index * frame.width} 0)`}>
            <FigureDrawing animation={animation} pose={pose} />
          </g>
        ))}
        {poses.slice(1).map((_, index) => (
          <line
            key={index}
            x1={frame.x + (index + 1) * frame.width}
            x2={frame.x + (index + 1) * frame.width}
            y1={frame.y}
            y2={frame.y + frame.height}
            stroke="#d5dcd9"
            strokeWidth={1.5}
          />
        ))}
      </svg>
      {still ? null : mode === 'step' ? (
        <div className="pose-steps">
          <button
            type="button"
            className="button illustration-toggle"
            disabled={shown === 0}
            onClick={() => setStep(shown - 1)}
          >
            Previous pose
          </button>
          <span aria-live="polite">
            Pose {shown + 1} of {keyPoses.length}
          </span>
          <button
            type="button"
            className="button illustration-toggle"
            disabled={shown >= keyPoses.length - 1}
            onClick={() => setStep(shown + 1)}
          >
            Next pose
          </button>
        </div>
      ) : null}
      {still ? null : (
        <div className="illustration-modes">
          {reducedMotion ? null : (
            <button
              type="button"
              className="button illustration-toggle"
              onClick={() => setMode(paused ? 'moving' : 'key-poses')}
            >
              {paused ? 'Play the movement' : 'Pause and show the key poses'}
            </button>
          )}
          {mode === 'step' || keyPoses.length < 2 ? null : (
            <button
              type="button"
              className="button illustration-toggle"
              onClick={() => {
                setStep(0);
                setMode('step');
              }}
            >
              One pose at a time
            </button>
          )}
        </div>
      )}
    </figure>
  );
}
