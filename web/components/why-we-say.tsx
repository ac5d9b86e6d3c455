/** Text from the catalog or the program in plain words, with its sources as "Why we say this". */
import type { Citation } from '../lib/plain-words.js';
import { plainParts } from '../lib/plain-words.js';

/** "Why we say this: How To Fix Knee Valgus (Step 6: …)", small, after the text it backs. */
export function WhyWeSayThis({ cited }: { readonly cited: readonly Citation[] }) {
  const unique = cited.filter(
    (entry, index) =>
      cited.findIndex((other) => other.article === entry.article && other.part === entry.part) === index,
  );
  if (unique.length === 0) {
    return null;
  }
  return (
    <p className="why small muted">
      <span className="why-label">Why we say this:</span>{' '}
      {unique.map((entry, index) => (
        <span key={`${entry.article}-${entry.part ?? ''}`}>
          {index > 0 ? '; ' : ''}the article “{entry.article}”{entry.part !== null ? ` (${entry.part})` : ''}
        </span>
      ))}
    </p>
  );
}

/** A sentence or two in plain words; its citations, if any, follow as "Why we say this". */
export function PlainText({ text, as = 'p' }: { readonly text: string; readonly as?: 'p' | 'span' }) {
  const parts = plainParts(text);
  if (as === 'span') {
    return <span>{parts.text}</span>;
  }
  return (
    <>
      <p>{parts.text}</p>
      <WhyWeSayThis cited={parts.cited} />
    </>
  );
}
