/** Plain words and links for the library: body areas, what an entry is, and its address. */
import type { BodyArea, CatalogEntry } from '../../../src/catalog/types.js';

/** Body areas as the filter and the detail view name them. */
export const AREA_LABELS: Readonly<Record<BodyArea, string>> = {
  foot: 'Foot',
  ankle: 'Ankle',
  knee: 'Knee',
  hip: 'Hip',
  pelvis: 'Pelvis',
  awareness: 'Knee awareness',
};

/** The name a person sees for any entry. */
export function entryTitle(entry: CatalogEntry): string {
  return entry.kind === 'exercise' ? entry.name : entry.title;
}

/** The hash of the library, or of one entry's detail view (catalog ids are kebab-case, safe in a URL). */
export function libraryHref(entryId: string | null = null): string {
  return entryId === null ? '#/library' : `#/library/${entryId}`;
}
