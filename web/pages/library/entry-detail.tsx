/**
 * One library entry in full. An exercise: its moving picture, dose in words, steps, cues,
 * common errors, when to stop, what it works on, equipment and stand-ins, neighbours on its
 * ladder, and the seed it comes from. Advice: its points, what it works on and its source.
 */
import type { ReactNode } from 'react';
import type { Advice, CatalogEntry, Driver, Exercise } from '../../../src/catalog/types.js';
import { driverArea } from '../../../src/catalog/driver-area.js';
import { DRIVER_LABELS, EQUIPMENT_LABELS } from '../../../src/program/labels.js';
import { citationOf, driverWords } from '../../lib/plain-words.js';
import { WhyWeSayThis } from '../../components/why-we-say.js';
import { ExerciseIllustration } from '../../illustrations/ExerciseIllustration.js';
import { dosageWords } from './dosage-words.js';
import { equipmentWords } from './library-list.js';
import { AREA_LABELS, entryTitle, libraryHref } from './library-words.js';

interface SectionProps {
  readonly title: string;
  readonly items: readonly string[];
  /** A sub-section under another heading uses h3. */
  readonly level?: 2 | 3;
}

function Section({ title, items, level = 2 }: SectionProps) {
  if (items.length === 0) {
    return null;
  }
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section>
      <Heading>{title}</Heading>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function Addresses({ drivers }: { readonly drivers: readonly Driver[] }) {
  return (
    <Section
      title="What it works on"
      items={drivers.map(
        (driver) => `${AREA_LABELS[driverArea(driver)]}: ${driverWords(driver, DRIVER_LABELS[driver])}`,
      )}
    />
  );
}

function LadderLink({
  label,
  id,
  entries,
}: {
  readonly label: string;
  readonly id: string | undefined;
  readonly entries: readonly CatalogEntry[];
}) {
  const target = entries.find((entry) => entry.id === id);
  return target === undefined ? null : (
    <li>
      {label}: <a href={libraryHref(target.id)}>{entryTitle(target)}</a>
    </li>
  );
}

function ExerciseBody({
  exercise,
  entries,
}: {
  readonly exercise: Exercise;
  readonly entries: readonly CatalogEntry[];
}) {
  const dose = dosageWords(exercise.dosage);
  return (
    <>
      <ExerciseIllustration key={exercise.id} id={exercise.id} name={exercise.name} size={240} />
      <section>
        <h2>Dose</h2>
        {dose !== null ? <p className="dose">{dose}</p> : null}
        {exercise.dosage.note !== undefined ? <p>{exercise.dosage.note}</p> : null}
      </section>
      <section>
        <h2>How to do it</h2>
        <ol>
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <Section title="Cues" items={exercise.cues} />
      <Section title="Common mistakes" items={exercise.commonErrors} />
      {exercise.stopIf.length > 0 ? (
        <section className="notice stop">
          <h2>When to stop</h2>
          <ul>
            {exercise.stopIf.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <Addresses drivers={exercise.addresses} />
      {exercise.muscles.length > 0 ? <p>Muscles: {exercise.muscles.join(', ')}.</p> : null}
      <section>
        <h2>Equipment</h2>
        <p>You need {equipmentWords(exercise.equipment)}.</p>
        <Section
          title="Without it"
          level={3}
          items={exercise.substitutes.map(
            (substitute) => `Instead of ${EQUIPMENT_LABELS[substitute.for]}: ${substitute.use}.`,
          )}
        />
      </section>
      {exercise.regression !== undefined || exercise.progression !== undefined ? (
        <section>
          <h2>Easier and harder</h2>
          <ul>
            <LadderLink label="Easier" id={exercise.regression} entries={entries} />
            <LadderLink label="Harder" id={exercise.progression} entries={entries} />
          </ul>
        </section>
      ) : null}
    </>
  );
}

function AdviceBody({ advice }: { readonly advice: Advice }) {
  return (
    <>
      <ul>
        {advice.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <Addresses drivers={advice.addresses} />
    </>
  );
}

/** The full view of one entry; `entries` lets it link to the easier and harder exercises. */
export function EntryDetail({
  entry,
  entries,
}: {
  readonly entry: CatalogEntry;
  readonly entries: readonly CatalogEntry[];
}) {
  let body: ReactNode;
  if (entry.kind === 'exercise') {
    body = <ExerciseBody exercise={entry} entries={entries} />;
  } else {
    body = <AdviceBody advice={entry} />;
  }
  return (
    <article className="page library-detail" aria-labelledby={`entry-${entry.id}`}>
      <p>
        <a href={libraryHref()}>← Back to the library</a>
      </p>
      <h1 id={`entry-${entry.id}`}>{entryTitle(entry)}</h1>
      {body}
      <WhyWeSayThis cited={[citationOf(entry.source)]} />
    </article>
  );
}
