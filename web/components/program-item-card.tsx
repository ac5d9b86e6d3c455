/** One exercise of the program: picture, dosage, legs, the reason it is there, and how to do it. */
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
}: {
  readonly item: ProgramItem;
  readonly catalog: Catalog;
}) {
  const exercise = exerciseIn(catalog, item.exerciseId);
  const name = exercise?.name ?? item.exerciseId;
  const reason = plainParts(item.reason);
  return (
    <article className="card exercise" aria-labelledby={`exercise-${item.exerciseId}`}>
      <ExerciseIllustration id={item.exerciseId} name={name} />
      <div>
        <h3 id={`exercise-${item.exerciseId}`}>{name}</h3>
        <p className="dose">{dosageWords(item.dosage, item.sides)}</p>
        <p>
          <span className={`tag ${item.sides}`}>{legWords(item.sides)}</span>
          <span className="tag">about {Math.max(1, Math.round(item.minutes))} min</span>
        </p>
        <p>
          <strong>Why:</strong> {reason.text}
        </p>
        {item.substituteNote !== undefined ? (
          <p className="notice small">{plainParts(item.substituteNote).text}</p>
        ) : null}
        {exercise !== undefined ? (
          <details>
            <summary>How to do it</summary>
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
          </details>
        ) : null}
        <WhyWeSayThis cited={reason.cited} />
      </div>
    </article>
  );
}
