/** The library's search box and filters; controlled, every control labelled. */
import { useId } from 'react';
import { BLOCKS, EQUIPMENT } from '../../../src/catalog/types.js';
import type { BodyArea, Block, Equipment } from '../../../src/catalog/types.js';
import { BLOCK_TITLES, EQUIPMENT_LABELS } from '../../../src/program/labels.js';
import { EVERYTHING } from './filter-catalog.js';
import type { LibraryQuery } from './filter-catalog.js';
import { AREA_LABELS } from './library-words.js';

const AREAS = Object.keys(AREA_LABELS) as BodyArea[];
const OWNABLE = EQUIPMENT.filter((piece): piece is Exclude<Equipment, 'none'> => piece !== 'none');

export interface LibraryFiltersProps {
  readonly query: LibraryQuery;
  readonly onChange: (query: LibraryQuery) => void;
}

function toggled(have: readonly Equipment[], piece: Equipment, on: boolean): readonly Equipment[] {
  return on ? [...have, piece] : have.filter((item) => item !== piece);
}

export function LibraryFilters({ query, onChange }: LibraryFiltersProps) {
  const id = useId();
  const set = (change: Partial<LibraryQuery>): void => onChange({ ...query, ...change });
  return (
    <form role="search" className="library-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-text`}>Search</label>
        <input
          id={`${id}-text`}
          type="search"
          value={query.text}
          placeholder="e.g. clamshell, arch, wall"
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-area`}>Body area</label>
          <select
            id={`${id}-area`}
            value={query.area ?? ''}
            onChange={(event) =>
              set({ area: event.target.value === '' ? null : (event.target.value as BodyArea) })
            }
          >
            <option value="">All areas</option>
            {AREAS.map((area) => (
              <option key={area} value={area}>
                {AREA_LABELS[area]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-block`}>Block</label>
          <select
            id={`${id}-block`}
            value={query.block ?? ''}
            onChange={(event) =>
              set({ block: event.target.value === '' ? null : (event.target.value as Block) })
            }
          >
            <option value="">All blocks</option>
            {BLOCKS.map((block) => (
              <option key={block} value={block}>
                {BLOCK_TITLES[block]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Show</label>
          <select
            id={`${id}-kind`}
            value={query.kind}
            onChange={(event) => set({ kind: event.target.value as LibraryQuery['kind'] })}
          >
            <option value="all">Exercises and advice</option>
            <option value="exercise">Exercises only</option>
            <option value="advice">Advice only</option>
          </select>
        </div>
      </div>
      <fieldset className="library-equipment">
        <legend>Equipment</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={query.have !== null}
            onChange={(event) => set({ have: event.target.checked ? [] : null })}
          />
          Only what I can do with what I have
        </label>
        {query.have !== null ? (
          <div className="choices library-have" role="group" aria-label="What I have">
            {OWNABLE.map((piece) => (
              <label key={piece} className="choice">
                <input
                  type="checkbox"
                  checked={query.have?.includes(piece) ?? false}
                  onChange={(event) => set({ have: toggled(query.have ?? [], piece, event.target.checked) })}
                />
                I have {EQUIPMENT_LABELS[piece]}
              </label>
            ))}
          </div>
        ) : null}
      </fieldset>
      <button type="button" className="button" onClick={() => onChange(EVERYTHING)}>
        Clear search and filters
      </button>
    </form>
  );
}
