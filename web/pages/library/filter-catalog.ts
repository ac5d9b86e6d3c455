/**
 * The library's search and filters as one pure function: text, body area, block, kind and
 * "what can I do with what I have". Entries keep their catalog order.
 */
import { driverArea } from '../../../src/catalog/driver-area.js';
import type { BodyArea, Block, CatalogEntry, Equipment } from '../../../src/catalog/types.js';
import { equipmentLacking } from '../../../src/program/fit-equipment.js';
import { DRIVER_LABELS } from '../../../src/program/labels.js';

/** The program builder's own equipment rule, so the library shows what a program could hold. */
export { equipmentLacking };

export interface LibraryQuery {
  /** Words to find, any case, in any order; empty matches everything. */
  readonly text: string;
  /** Only entries that address a driver in this body area; null for every area. */
  readonly area: BodyArea | null;
  /** Only entries of this program block (advice belongs to 'habits'); null for every block. */
  readonly block: Block | null;
  readonly kind: 'all' | 'exercise' | 'advice';
  /** The equipment the person has; null shows everything regardless of equipment. */
  readonly have: readonly Equipment[] | null;
}

/** The query that shows the whole catalog. */
export const EVERYTHING: LibraryQuery = { text: '', area: null, block: null, kind: 'all', have: null };

/** The program block an entry belongs to: advice sits with the habits. */
export function entryBlock(entry: CatalogEntry): Block {
  return entry.kind === 'exercise' ? entry.block : 'habits';
}

/** The body areas an entry works on, from the drivers it addresses, without repeats. */
export function entryAreas(entry: CatalogEntry): readonly BodyArea[] {
  return [...new Set(entry.addresses.map(driverArea))];
}

/** Everything a person might search for in an entry, lower-cased. */
function searchableText(entry: CatalogEntry): string {
  const drivers = entry.addresses.flatMap((driver) => [driver, DRIVER_LABELS[driver], driverArea(driver)]);
  const parts =
    entry.kind === 'exercise'
      ? [
          entry.name,
          entry.id,
          entry.category,
          ...entry.muscles,
          ...entry.steps,
          ...entry.cues,
          ...entry.equipment,
        ]
      : [entry.title, entry.id, entry.category, ...entry.points];
  return [...parts, ...drivers].join(' ').toLowerCase();
}

function matchesText(entry: CatalogEntry, text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const haystack = searchableText(entry);
  return words.every((word) => haystack.includes(word));
}

function matchesEquipment(entry: CatalogEntry, have: readonly Equipment[] | null): boolean {
  return have === null || entry.kind === 'advice' || equipmentLacking(entry, have).length === 0;
}

/**
 * The entries that match every part of the query, in catalog order.
 * @example filterCatalog(entries, { ...EVERYTHING, area: 'foot', have: [] }) // foot work needing nothing
 */
export function filterCatalog(
  entries: readonly CatalogEntry[],
  query: LibraryQuery,
): readonly CatalogEntry[] {
  return entries.filter(
    (entry) =>
      (query.kind === 'all' || entry.kind === query.kind) &&
      (query.area === null || entryAreas(entry).includes(query.area)) &&
      (query.block === null || entryBlock(entry) === query.block) &&
      matchesEquipment(entry, query.have) &&
      matchesText(entry, query.text),
  );
}
