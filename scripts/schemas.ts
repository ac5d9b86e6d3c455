/**
 * `npm run schemas`: writes the published JSON Schemas of Kneeline's output files into schemas/,
 * from the code's own types, so they cannot drift (scripts/schemas.test.ts compares them):
 *
 * - analyze-report.v1.json: what `kneeline analyze --json` prints and the app stores per
 *   measurement (vision/trial's `TrialReport`, a TypeScript type, read by ts-json-schema-generator).
 * - export.v1.json: the export file of `GET /api/export`, which `POST /api/import` takes back
 *   (store's zod `exportFileSchema`, by zod's own `z.toJSONSchema`).
 *
 * A version is bumped (v2 files beside v1) when a change would make an old file fail the new
 * schema or a new file fail the old one; regenerating v1 for an added optional field is fine.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { createGenerator } from 'ts-json-schema-generator';
import { z } from 'zod';
import { EXPORT_VERSION, exportFileSchema } from '../src/contract/export-format.js';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export const ANALYZE_REPORT_ID = 'urn:kneeline:schema:analyze-report:v1';
export const EXPORT_ID = `urn:kneeline:schema:export:v${EXPORT_VERSION}`;

/** File name in schemas/ → schema. */
export function generateSchemas(): Record<string, object> {
  const report = createGenerator({
    path: join(rootDir, 'src/vision/trial/types.ts'),
    tsconfig: join(rootDir, 'tsconfig.json'),
    type: 'TrialReport',
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema('TrialReport');
  const exportFile = z.toJSONSchema(exportFileSchema, { target: 'draft-7' });
  return {
    'analyze-report.v1.json': {
      $schema: report.$schema,
      $id: ANALYZE_REPORT_ID,
      title: 'Kneeline analyze report, version 1',
      description:
        'One recorded test analysed by Kneeline (`kneeline analyze --json`, and each measurement the app saves): ' +
        'repetitions, FPPA per knee, per-side summary and verdict, quality issues. Angles in degrees, times in ms.',
      ...report,
    },
    [`export.v${EXPORT_VERSION}.json`]: {
      $schema: exportFile.$schema,
      $id: EXPORT_ID,
      title: `Kneeline export file, version ${EXPORT_VERSION}`,
      description:
        "All of one user's data (GET /api/export; POST /api/import takes it back). Ids inside the file must " +
        'refer to entries in the same file; Kneeline checks that on import.',
      ...exportFile,
    },
  };
}

/** The text of a schema file, formatted as Prettier leaves the repository's JSON. */
export async function schemaText(name: string, schema: object): Promise<string> {
  const filepath = join(rootDir, 'schemas', name);
  const options = await prettier.resolveConfig(filepath);
  return prettier.format(JSON.stringify(schema), { ...options, filepath });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, schema] of Object.entries(generateSchemas())) {
    writeFileSync(join(rootDir, 'schemas', name), await schemaText(name, schema));
    console.log(`wrote schemas/${name}`);
  }
}
