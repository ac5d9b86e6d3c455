import { describe, expect, it } from 'vitest';
import { ADVICE, CATALOG, EXERCISES, exerciseById } from '../../../src/catalog/catalog.js';
import type { CatalogEntry } from '../../../src/catalog/types.js';
import { EVERYTHING, entryAreas, equipmentLacking, filterCatalog } from './filter-catalog.js';

const ids = (entries: readonly CatalogEntry[]): readonly string[] => entries.map((entry) => entry.id);

describe('filterCatalog', () => {
  it('shows every exercise and piece of advice when nothing is chosen', () => {
    expect(filterCatalog(CATALOG, EVERYTHING)).toHaveLength(EXERCISES.length + ADVICE.length);
  });

  it('finds entries by words in any order and any case', () => {
    const found = ids(filterCatalog(CATALOG, { ...EVERYTHING, text: 'CLAMSHELL banded' }));
    expect(found).toEqual(['banded-clamshell']);
  });

  it('finds an exercise by the muscle it works', () => {
    expect(ids(filterCatalog(CATALOG, { ...EVERYTHING, text: 'popliteus' }))).toContain(
      'popliteus-tibial-internal-rotation',
    );
  });

  it('finds advice by words in its points', () => {
    expect(ids(filterCatalog(CATALOG, { ...EVERYTHING, text: 'W-sitting' }))).toContain('w-sitting');
  });

  it('finds nothing for words no entry has', () => {
    expect(filterCatalog(CATALOG, { ...EVERYTHING, text: 'trampoline' })).toEqual([]);
  });

  it('keeps only entries that work on the chosen body area', () => {
    const foot = filterCatalog(CATALOG, { ...EVERYTHING, area: 'foot' });
    expect(ids(foot)).toContain('short-foot');
    expect(ids(foot)).not.toContain('straight-leg-raise');
    expect(foot.every((entry) => entryAreas(entry).includes('foot'))).toBe(true);
  });

  it('keeps only the chosen block, with advice under habits', () => {
    const habits = filterCatalog(CATALOG, { ...EVERYTHING, block: 'habits' });
    expect(habits.length).toBeGreaterThan(0);
    expect(habits.every((entry) => entry.kind === 'advice')).toBe(true);
    const releases = filterCatalog(CATALOG, { ...EVERYTHING, block: 'release' });
    expect(ids(releases)).toEqual(['adductor-release', 'tfl-release']);
  });

  it('shows only exercises or only advice when asked', () => {
    expect(filterCatalog(CATALOG, { ...EVERYTHING, kind: 'advice' })).toHaveLength(ADVICE.length);
    expect(filterCatalog(CATALOG, { ...EVERYTHING, kind: 'exercise' })).toHaveLength(EXERCISES.length);
  });

  it('with no equipment at all, still offers work that needs nothing or has a household stand-in', () => {
    const found = ids(filterCatalog(CATALOG, { ...EVERYTHING, kind: 'exercise', have: [] }));
    expect(found).toContain('single-leg-squat');
    expect(found).toContain('step-up');
    expect(found).not.toContain('adductor-release');
    expect(found).not.toContain('calf-release');
  });

  it('lets a massage ball stand in for a foam roller', () => {
    const found = ids(filterCatalog(CATALOG, { ...EVERYTHING, have: ['massage-ball'] }));
    expect(found).toContain('adductor-release');
  });

  it('combines every filter at once', () => {
    const found = filterCatalog(CATALOG, {
      text: 'knee',
      area: 'hip',
      block: 'strength',
      kind: 'exercise',
      have: [],
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((entry) => entry.kind === 'exercise' && entry.block === 'strength')).toBe(true);
  });
});

describe('equipmentLacking', () => {
  it('names what is missing when no stand-in exists', () => {
    expect(equipmentLacking(exerciseById('calf-release'), [])).toEqual(['foam-roller']);
  });

  it('names nothing when the person has the equipment', () => {
    expect(equipmentLacking(exerciseById('calf-release'), ['foam-roller'])).toEqual([]);
  });
});
