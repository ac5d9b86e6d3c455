import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ADVICE, CATALOG, EXERCISES } from '../../../src/catalog/catalog.js';
import { LibraryView } from './library-page.js';

const text = (html: string): string =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('LibraryView', () => {
  it('lists every exercise and piece of advice, each a link to its own page', () => {
    const html = renderToString(<LibraryView entries={CATALOG} entryId={null} />);
    expect(text(html)).toContain(`Showing all ${CATALOG.length} entries.`);
    for (const entry of CATALOG) {
      expect(html).toContain(`href="#/library/${entry.id}"`);
    }
  });

  it('labels the search box and every filter', () => {
    const html = renderToString(<LibraryView entries={CATALOG} entryId={null} />);
    for (const label of ['Search', 'Body area', 'Block', 'Show']) {
      const forId = new RegExp(`<label for="([^"]+)">${label}</label>`).exec(html)?.[1];
      expect(forId, label).toBeDefined();
      expect(html).toContain(`id="${forId ?? ''}"`);
    }
  });

  it('shows an exercise in full: picture, dose in words, steps, when to stop, equipment and source', () => {
    const html = renderToString(<LibraryView entries={CATALOG} entryId="banded-clamshell" />);
    const words = text(html);
    expect(html).toContain('<title');
    expect(words).toContain('Banded clamshell');
    expect(words).toContain('How to do it');
    expect(words).toContain('Keep the feet together and open the top knee against the band.');
    expect(words).toContain('When to stop');
    expect(words).toContain('You need a resistance band.');
    expect(words).toContain('Instead of a resistance band:');
    expect(words).toContain(
      'Why we say this: the article “Knee valgus: causes, targeted exercises and when to see a professional”',
    );
  });

  it('says the dose in words', () => {
    const words = text(
      renderToString(<LibraryView entries={CATALOG} entryId="side-lying-hip-external-rotation" />),
    );
    expect(words).toContain('20 reps, hold 3 s each, each side (building to 5 s holds)');
  });

  it('links an exercise to its easier and harder neighbours', () => {
    const stepUp = EXERCISES.find((exercise) => exercise.id === 'step-up');
    const html = renderToString(<LibraryView entries={CATALOG} entryId="step-up" />);
    expect(html).toContain(`href="#/library/${stepUp?.progression ?? 'missing'}"`);
    expect(html).toContain(`href="#/library/${stepUp?.regression ?? 'missing'}"`);
  });

  it('shows a piece of advice with its points and what it works on', () => {
    const advice = ADVICE.find((entry) => entry.addresses.length > 0);
    const words = text(renderToString(<LibraryView entries={CATALOG} entryId={advice?.id ?? 'none'} />));
    expect(words).toContain(advice?.title);
    expect(words).toContain(advice?.points[0]);
    expect(words).toContain('What it works on');
  });

  it('says so when an entry is not in the library', () => {
    const words = text(renderToString(<LibraryView entries={CATALOG} entryId="moonwalk" />));
    expect(words).toContain('That entry is not in the library');
  });
});
