import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, PENDING_EXCEPTIONS, moduleOf } from './import-layers.js';

const root = new URL('..', import.meta.url).pathname;

/**
 * Lints `code` as if it were the file at `filePath`, with the project's own eslint.config.js
 * (only its layers rule, which needs no type information, so the planted file need not exist).
 */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    ruleFilter: ({ ruleId }) => ruleId === 'kneeline/layers',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('kneeline/layers', () => {
  it('fails a web page that imports the server, even for a type only', async () => {
    const errors = await layerErrors(
      'web/pages/planted.tsx',
      "import type { MeasurementBody } from '../../src/server/schemas.js';\nexport type Planted = MeasurementBody;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/^kneeline\/layers: web may not import src\/server/)]);
  }, 120_000);

  it('fails an inline type import and a dynamic import of the server', async () => {
    const errors = await layerErrors(
      'web/lib/planted.ts',
      "export type Planted = import('../../src/server/schemas.js').MeasurementBody;\n" +
        "export const later = () => import('../../src/server/build-server.js');\n",
    );
    expect(errors).toHaveLength(2);
  }, 120_000);

  it('fails domain code that climbs up to the store', async () => {
    const errors = await layerErrors(
      'src/program/planted.ts',
      "export { openStore } from '../store/store.js';\n",
    );
    expect(errors).toEqual([expect.stringMatching(/src\/program may not import src\/store/)]);
  }, 120_000);

  it('fails production code that imports a test helper', async () => {
    const errors = await layerErrors(
      'src/server/planted.ts',
      "import { sampleInput } from '../assessment/sample-input.js';\nexport const planted = sampleInput();\n",
    );
    expect(errors).toEqual([expect.stringMatching(/test helper src\/assessment\/sample-input\.ts/)]);
  }, 120_000);

  it('lets a page import the domain code it renders', async () => {
    const errors = await layerErrors(
      'web/pages/planted.tsx',
      "import { formatDosage } from '../../src/program/format-dosage.js';\nexport const planted = formatDosage;\n",
    );
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('LAYERS', () => {
  it('says what the import table of docs/ARCHITECTURE.md says', () => {
    const doc = readFileSync(`${root}docs/ARCHITECTURE.md`, 'utf8');
    const section = doc.split('## Import rules')[1]?.split('\n## ')[0] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const fromDoc = rows.map(([, module = '', mayImport = '']) => ({
      module: module.replaceAll('`', ''),
      mayImport: [...mayImport.matchAll(/`([^`]+)`/g)].map((match) => match[1]).sort(),
    }));
    expect(fromDoc).toEqual(
      LAYERS.map((layer) => ({ module: layer.module, mayImport: [...layer.mayImport].sort() })),
    );
  });

  it('places files in the most specific module', () => {
    expect(moduleOf('src/vision/trial/verdict.ts')).toBe('src/vision/trial');
    expect(moduleOf('src/units.ts')).toBe('src/units');
    expect(moduleOf('web/pages/measure.tsx')).toBe('web');
    expect(moduleOf('scripts/eval.ts')).toBeNull();
  });

  it('keeps no stale exception: each pending one is still an import in the code', () => {
    for (const exception of PENDING_EXCEPTIONS) {
      const source = readFileSync(`${root}${exception.from}`, 'utf8');
      const specifierEnd = exception.to.split('/').slice(-2).join('/').replace(/\.ts$/, '.js');
      expect(source, `${exception.from} no longer imports ${exception.to}: delete the exception`).toContain(
        specifierEnd,
      );
    }
  });
});

describe('the import graph of src/ and web/', () => {
  it('has no cycle: no file imports itself through others (type imports included)', () => {
    const files = execFileSync('git', ['ls-files', 'src', 'web'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
    const imports = new Map(
      files.map((file) => {
        const text = readFileSync(`${root}${file}`, 'utf8');
        const targets = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)].flatMap(
          (match) => {
            const base = join(dirname(file), match[1] ?? '').replace(/\.js$/, '');
            return [`${base}.ts`, `${base}.tsx`].filter((candidate) => existsSync(`${root}${candidate}`));
          },
        );
        return [file, targets] as const;
      }),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const target of imports.get(file) ?? []) {
        if (state.get(target) === 'open') {
          cycles.push([...path.slice(path.indexOf(target)), target].join(' -> '));
        } else if (state.get(target) === undefined) {
          visit(target);
        }
      }
      path.pop();
      state.set(file, 'done');
    };
    files.forEach((file) => state.get(file) === undefined && visit(file));
    expect(cycles).toEqual([]);
  });
});
