/**
 * One exercise of the program, compact for a phone: a small picture, the name, dose and legs at
 * a glance; why it is there and how to do it one tap away.
 */
import type { ProgramItem } from '../../src/program/types.js';
import type { Catalog } from '../api/types.js';
import { ExerciseIllustration } from '../illustrations/ExerciseIllustration.js';
import { exerciseIn } from '../lib/catalog-lookup.js';
import { dosageWords, legWords } from '../lib/words.js';
import { plainParts } from '../lib/plain-words.js';
import { WhyWeSayThis } from './why-we-say.js';

export function ProgramItemCard({
  item,
  catalog,
  today = false,
}: {
  readonly item: ProgramItem;
  readonly catalog: Catalog;
  /** Marks the exercise as part of today's session. */
  readonly today?: boolean;
}) {
  const exercise = exerciseIn(catalog, item.exerciseId);
  const name = exercise?.name ?? item.exerciseId;
  const reason = plainParts(item.reason);
  return (
    <article className="card exercise" aria-labelledby={`exercise-${item.exerciseId}`}>
      <div className="exercise-head">
        <ExerciseIllustration id={item.exerciseId} name={name} size={110} still />
        <div>
          <h3 id={`exercise-${item.exerciseId}`}>{name}</h3>
          <p className="dose">{dosageWords(item.dosage, item.sides)}</p>
          <p>
            {today ? <span className="tag today">Today</span> : null}
            <span className={`tag ${item.sides}`}>{legWords(item.sides)}</span>
            <span className="tag">about {Math.max(1, Math.round(item.minutes))} min</span>
          </p>
        </div>
      </div>
      {(item.adaptations ?? []).map((change) => (
        // The triage's exclusions (src/program/exclusions.ts), the lines the CLI prints as "Change:".
        <p className="notice warn small adaptation" key={change}>
          <strong>Change:</strong> {change}
        </p>
      ))}
      {item.substituteNote !== undefined ? (
        <p className="notice small">{plainParts(item.substituteNote).text}</p>
      ) : null}
      <details>
        <summary>Why, and how to do it</summary>
        <p>
          <strong>Why:</strong> {reason.text}
        </p>
        {exercise !== undefined ? (
          <>
            <ol>
              {exercise.steps.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
            {exercise.stopIf.length > 0 ? (
              <p className="small">
                <strong>Stop if:</strong> {exercise.stopIf.join(' ')}
              </p>
            ) : null}
          </>
        ) : null}
        <WhyWeSayThis cited={reason.cited} />
      </details>
    </article>
  );
}
