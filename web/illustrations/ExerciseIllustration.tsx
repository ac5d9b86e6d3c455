/**
 * Placeholder for the animated exercise illustrations (a later issue replaces this file):
 * the exercise's name in a framed box, so every page already has the slot.
 */
export interface ExerciseIllustrationProps {
  readonly id: string;
  /** The exercise's name, shown until the drawing exists. */
  readonly name?: string;
}

export function ExerciseIllustration({ id, name }: ExerciseIllustrationProps) {
  return (
    <figure
      className="figure-box exercise-illustration"
      data-exercise={id}
      aria-label={`Illustration: ${name ?? id}`}
    >
      <svg
        viewBox="0 0 40 40"
        width="40"
        height="40"
        aria-hidden="true"
        fill="none"
        stroke="#4a5a60"
        strokeWidth="3"
      >
        <circle cx="20" cy="8" r="5" />
        <path d="M20 13 V26 M20 17 L11 23 M20 17 L29 23 M20 26 L14 37 M20 26 L26 37" />
      </svg>
      <figcaption>{name ?? id}</figcaption>
    </figure>
  );
}
