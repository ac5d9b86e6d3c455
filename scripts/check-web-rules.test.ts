import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAgainst, findPureExports } from './check-web-rules.js';

const root = mkdtempSync(join(tmpdir(), 'kneeline-web-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the planted files under a temporary web/ and lists its pure exports. */
function pureExportsOf(files: Readonly<Record<string, string>>): string[] {
  mkdirSync(join(root, 'web'), { recursive: true });
  const rootNames = Object.entries(files).map(([name, text]) => {
    const path = join(root, 'web', name);
    writeFileSync(path, text);
    return path;
  });
  const program = ts.createProgram({
    rootNames,
    options: {
      strict: true,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.ESNext,
      noEmit: true,
    },
  });
  return findPureExports(program, root, join(root, 'web')).map((entry) => `${entry.file} ${entry.name}`);
}

describe('findPureExports', () => {
  it('lists a planted clinical rule and nothing that touches the browser or waits on I/O', () => {
    const found = pureExportsOf({
      'planted.ts': [
        '/** A planted rule: deep enough to count as a squat. */',
        'export function isDeepSquat(flexionDegrees: number): boolean { return flexionDegrees >= 60; }',
        'export const kneeWord = (side: string): string => side.toUpperCase().padStart(5);',
        'export function pageTitle(): string { return document.title; }',
        'const width = (): number => window.innerWidth;',
        'export function isWide(): boolean { return width() > 800; }',
        'export function videoSize(video: HTMLVideoElement): number { return video.videoWidth; }',
        'export function today(): string { return new Date().toISOString(); }',
        'export const LIMIT = 3;',
        'interface Store { save(): Promise<void> }',
        'export async function saveIt(store: Store): Promise<void> { await store.save(); }',
        'export const saveLater = async (store: Store): Promise<void> => store.save();',
      ].join('\n'),
    });
    expect(found).toEqual(['web/planted.ts isDeepSquat', 'web/planted.ts kneeWord']);
  });
});

describe('checkAgainst', () => {
  const pure = [
    { file: 'web/a.ts', name: 'isDeepSquat', line: 2 },
    { file: 'web/b.ts', name: 'routeHref', line: 9 },
  ];

  it('fails only what the allow-list does not explain, and names its stale entries', () => {
    const result = checkAgainst(pure, [
      { file: 'web/b.ts', names: ['routeHref', 'gone'], reason: 'wiring: the URL routes' },
    ]);
    expect(result.unexplained).toEqual([pure[0]]);
    expect(result.allowed).toEqual([{ ...pure[1], reason: 'wiring: the URL routes' }]);
    expect(result.stale).toEqual([{ file: 'web/b.ts', names: ['gone'], reason: 'wiring: the URL routes' }]);
  });
});
