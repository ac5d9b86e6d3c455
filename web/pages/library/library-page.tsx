/**
 * The exercise library (#/library): every exercise and piece of advice, searchable and
 * filterable; #/library/<id> shows one entry in full. The filters live in this component's
 * state, so they are still set when the person comes back from a detail view.
 */
import { useMemo, useState } from 'react';
import { useApp } from '../../app-context.js';
import type { CatalogEntry } from '../../../src/catalog/types.js';
import { EntryDetail } from './entry-detail.js';
import { EVERYTHING, filterCatalog } from './filter-catalog.js';
import type { LibraryQuery } from './filter-catalog.js';
import { LibraryFilters } from './library-filters.js';
import { LibraryList } from './library-list.js';
import { libraryHref } from './library-words.js';
import './library.css';

export interface LibraryViewProps {
  readonly entries: readonly CatalogEntry[];
  /** The entry to show in full, or null for the list. */
  readonly entryId: string | null;
}

/** The library for a given catalog: list with filters, or one entry. */
export function LibraryView({ entries, entryId }: LibraryViewProps) {
  const [query, setQuery] = useState<LibraryQuery>(EVERYTHING);
  const found = useMemo(() => filterCatalog(entries, query), [entries, query]);
  if (entryId !== null) {
    const entry = entries.find((candidate) => candidate.id === entryId);
    return entry === undefined ? (
      <section className="page">
        <h1>That entry is not in the library</h1>
        <p>
          <a href={libraryHref()}>Back to the library</a>
        </p>
      </section>
    ) : (
      <EntryDetail entry={entry} entries={entries} />
    );
  }
  return (
    <section className="page library">
      <h1>Exercise library</h1>
      <p className="lead">
        Every exercise and piece of advice in Kneeline. Search, or narrow it down by body area, block, or what
        you have at home.
      </p>
      <LibraryFilters query={query} onChange={setQuery} />
      <p role="status" className="library-count">
        {found.length === entries.length
          ? `Showing all ${entries.length} entries.`
          : `Showing ${found.length} of ${entries.length} entries.`}
      </p>
      {found.length === 0 ? <p>Nothing matches. Try fewer words or clear the filters.</p> : null}
      <LibraryList entries={found} />
    </section>
  );
}

/** The library page of the app, reading the catalog the server sent. */
export function LibraryPage({ entryId }: { readonly entryId: string | null }) {
  const { catalog } = useApp();
  const entries = useMemo(() => [...catalog.exercises, ...catalog.advice], [catalog]);
  return <LibraryView entries={entries} entryId={entryId} />;
}
