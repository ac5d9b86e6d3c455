import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessmentInput } from '../assessment/input.js';
import type { Triage } from '../assessment/types.js';
import { planFor } from '../cli/plan.js';
import type { TestApp } from '../server/test-app.js';
import { openTestApp } from '../server/test-app.js';
import { testDatabases } from '../store/test-databases.js';
import { INTAKE_PERSONAS } from './all-personas.js';
import type { Persona } from './persona-types.js';

const exec = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

const cliPlan = (persona: Persona) => planFor(parseAssessmentInput(persona.input));
const ids = (persona: Persona): readonly string[] =>
  cliPlan(persona).program.blocks.flatMap((b) => b.items.map((i) => i.exerciseId));

describe('intake personas (the CLI path: kneeline plan’s own function)', () => {
  it.each(INTAKE_PERSONAS.map((p) => [p.id, p] as const))('%s', (_id, persona) => {
    const { triage, program, findings } = cliPlan(persona);
    const want = persona.expect;
    expect(triage.outcome, persona.story).toBe(want.outcome);
    if (want.professionals !== undefined) {
      expect(triage.professionals).toEqual(want.professionals);
    }
    expect(triage.exclusions).toEqual(expect.arrayContaining([...(want.exclusions ?? [])]));
    if (want.reason !== undefined) {
      expect(triage.reasons.map((r) => r.text).join(' ')).toMatch(want.reason);
    }
    expect(triage.reasons.every((r) => r.source.length > 5)).toBe(true);
    const allowed = want.outcome === 'go' || want.outcome === 'start-with-adaptations';
    expect(findings.programAllowed).toBe(allowed);
    expect(program.blocks.length > 0).toBe(allowed);
    expect(ids(persona)).toEqual(expect.arrayContaining([...(want.programHas ?? [])]));
    for (const lacking of want.programLacks ?? []) {
      expect(ids(persona)).not.toContain(lacking);
    }
    expect(new Set(ids(persona)).size).toBe(ids(persona).length);
    if (persona.id === 'can-correct-but-no-change') {
      expect(findings.nature).toBe('unclear');
      expect(findings.notes.join(' ')).toMatch(/Mixed signs/);
    }
    if (want.adaptation !== undefined) {
      const item = program.blocks
        .flatMap((b) => b.items)
        .find((i) => i.exerciseId === want.adaptation?.exerciseId);
      expect(item?.adaptations?.join(' ')).toMatch(want.adaptation.says);
    }
  });
});

describe('intake personas through the server (the web app’s path)', () => {
  const sqlite = testDatabases().find((db) => db.name === 'sqlite');

  it.each(INTAKE_PERSONAS.map((p) => [p.id, p] as const))(
    '%s: the server gives the CLI’s triage',
    async (_id, persona) => {
      if (sqlite === undefined) {
        throw new Error('SQLite is always available to tests');
      }
      // A fresh account per persona: a draft keeps the answers of the one before.
      const t: TestApp = await openTestApp(sqlite);
      try {
        const payload = { tests: {}, ...persona.input };
        const saved = await t.app.inject({ method: 'PUT', url: '/api/assessment/draft', payload });
        expect(saved.statusCode, saved.body).toBe(200);
        const completed = await t.app.inject({
          method: 'POST',
          url: '/api/assessment/complete',
          payload: {},
        });
        expect(completed.statusCode, completed.body).toBe(200);
        const body = completed.json<{ findings: { triage: Triage }; program: unknown }>();
        expect(body.findings.triage).toEqual(cliPlan(persona).triage);
        const allowed =
          persona.expect.outcome === 'go' || persona.expect.outcome === 'start-with-adaptations';
        expect(body.program !== null).toBe(allowed);
      } finally {
        await t.dispose();
      }
    },
    30_000,
  );
});

describe('kneeline plan --format json as a user runs it', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kneeline-personas-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['pain-9-at-rest-walking-stairs', 'meniscus-cleared', 'child-5-one-leg', 'hot-swollen-knee-fever'])(
    '%s: the printed triage is the one the app shows',
    async (id) => {
      const persona = INTAKE_PERSONAS.find((p) => p.id === id);
      expect(persona).toBeDefined();
      if (persona === undefined) {
        return;
      }
      const file = join(dir, `${id}.json`);
      await writeFile(file, JSON.stringify(persona.input));
      const { stdout } = await exec(TSX, [
        MAIN,
        'plan',
        '--answers',
        file,
        '--format',
        'json',
        '--start',
        '2026-11-30',
      ]);
      const printed = (JSON.parse(stdout) as { triage: Triage }).triage;
      const { triage } = cliPlan(persona);
      expect(printed.outcome).toBe(triage.outcome);
      expect(printed.professionals).toEqual(triage.professionals);
      expect(printed.exclusions).toEqual(triage.exclusions);
      expect(printed.reasons.map((r) => [r.text, r.source])).toEqual(
        triage.reasons.map((r) => [r.text, r.source]),
      );
    },
    60_000,
  );

  it('refuses an answers file with a key it does not know, naming it', async () => {
    const file = join(dir, 'typo.json');
    const persona = INTAKE_PERSONAS[0];
    await writeFile(file, JSON.stringify({ answers: { ...persona?.input.answers, swelling: true } }));
    const result = await exec(TSX, [MAIN, 'plan', '--answers', file]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in result ? result.code : 0).toBe(1);
    expect('stderr' in result ? result.stderr : '').toContain('unknown answer "swelling"');
  }, 60_000);
});
