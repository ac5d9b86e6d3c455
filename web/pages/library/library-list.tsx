/** The library's results: one short card per entry, its title a link to the detail view. */
import type { CatalogEntry, Equipment } from '../../../src/catalog/types.js';
import { BLOCK_TITLES, EQUIPMENT_LABELS } from '../../../src/program/labels.js';
import { dosageWords } from './dosage-words.js';
import { entryAreas, entryBlock } from './filter-catalog.js';
import { AREA_LABELS, entryTitle, libraryHref } from './library-words.js';

/** "a foam roller and a chair", or "nothing". */
export function equipmentWords(equipment: readonly Equipment[]): string {
  const pieces = equipment.filter((piece) => piece !== 'none').map((piece) => EQUIPMENT_LABELS[piece]);
  if (pieces.length === 0) {
    return 'nothing';
  }
  return pieces.length === 1
    ? (pieces[0] ?? '')
    : `${pieces.slice(0, -1).join(', ')} and ${pieces.at(-1) ?? ''}`;
}

function EntrySummary({ entry }: { readonly entry: CatalogEntry }) {
  if (entry.kind === 'advice') {
    return <p className="small">{entry.points[0]}</p>;
  }
  return (
    <p className="small">
      {dosageWords(entry.dosage) ?? 'No set dose'} · needs {equipmentWords(entry.equipment)}
    </p>
  );
}

export function LibraryList({ entries }: { readonly entries: readonly CatalogEntry[] }) {
  return (
    <ul className="plain-list library-list">
      {entries.map((entry) => (
        <li key={entry.id} className="card library-card">
          <h2 className="library-card-title">
            <a href={libraryHref(entry.id)}>{entryTitle(entry)}</a>
          </h2>
          <p className="library-tags">
            <span className="tag">
              {entry.kind === 'advice' ? 'Advice' : BLOCK_TITLES[entryBlock(entry)]}
            </span>
            {entryAreas(entry).map((area) => (
              <span key={area} className="tag">
                {AREA_LABELS[area]}
              </span>
            ))}
          </p>
          <EntrySummary entry={entry} />
        </li>
      ))}
    </ul>
  );
}
