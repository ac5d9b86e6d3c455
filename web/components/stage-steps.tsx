/** The quick start's four stages, always the same four, so the count never moves. */
const STAGES = ['Safety check', 'About you', '3 quick tests', 'Your plan'] as const;

export function StageSteps({ current }: { readonly current: 1 | 2 | 3 | 4 }) {
  return (
    <ol className="stage-steps" aria-label={`Step ${current} of ${STAGES.length}`}>
      {STAGES.map((stage, index) => (
        <li
          key={stage}
          className={index + 1 < current ? 'done' : index + 1 === current ? 'current' : undefined}
          aria-current={index + 1 === current ? 'step' : undefined}
        >
          {stage}
        </li>
      ))}
    </ol>
  );
}
