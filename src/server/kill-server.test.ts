/**
 * Pulling the plug on a busy server: clients save draft answers while the server process is
 * killed with SIGKILL (no shutdown, no flush) and started again on the same database. Every save
 * the server had acknowledged must be there afterwards, and the export must still work; on
 * SQLite and on PostgreSQL.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSystemPart, postgres, postgresUrl } from '../testing/system-parts.js';
import { dropTestSchema } from '../store/test-databases.js';

const ROUNDS = 3;
const CLIENTS = 10;
const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const json = { 'content-type': 'application/json' };

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--port', '0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/\s/.exec(output);
      if (match?.[1] !== undefined) {
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return { child, url };
}

const killed = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/** Clients save answers until the server dies; returns the keys it acknowledged. */
async function saveUntilKilled(url: string, child: ChildProcess, round: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let stop = false;
  const client = async (id: number): Promise<void> => {
    for (let save = 0; !stop; save += 1) {
      const key = `r${round}c${id}s${save}`;
      try {
        const response = await fetch(`${url}/api/assessment/draft`, {
          method: 'PUT',
          headers: json,
          body: JSON.stringify({ answers: { [key]: save } }),
        });
        if (response.ok) {
          acknowledged.push(key);
        }
      } catch {
        return; // the server is gone
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, id) => client(id));
  // Kill once writes are flowing, mid-stream.
  while (acknowledged.length < 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await killed(child);
  stop = true;
  await Promise.all(clients);
  return acknowledged;
}

interface Backend {
  readonly name: string;
  readonly env: Record<string, string>;
  dispose(): Promise<void>;
}

function sqliteBackend(): Backend {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-kill-'));
  return {
    name: 'sqlite',
    env: { KNEELINE_DB: join(folder, 'kneeline.db'), DATABASE_URL: '' },
    dispose: () => {
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function postgresBackend(url: string): Promise<Backend> {
  const schema = `kill_${randomUUID().replaceAll('-', '')}`;
  const admin = async (text: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  await admin(`create schema "${schema}"`);
  const separator = url.includes('?') ? '&' : '?';
  return {
    name: 'postgres',
    env: { DATABASE_URL: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}` },
    dispose: () => dropTestSchema(url, schema),
  };
}

const backends: (() => Promise<Backend>)[] = [() => Promise.resolve(sqliteBackend())];
if (postgresUrl !== null && hasSystemPart(postgres)) {
  const url = postgresUrl;
  backends.push(() => postgresBackend(url));
}

for (const [index, makeBackend] of backends.entries()) {
  describe(`kill -9 during writes (${index === 0 ? 'sqlite' : 'postgres'})`, { timeout: 180_000 }, () => {
    let backend: Backend;
    beforeAll(async () => {
      backend = await makeBackend();
    });
    afterAll(async () => {
      await backend.dispose();
    });

    it(`keeps every acknowledged save over ${ROUNDS} kills, and the export stays valid`, async () => {
      const acknowledged: string[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const { child, url } = await startServer(backend.env);
        acknowledged.push(...(await saveUntilKilled(url, child, round)));
      }
      const { child, url } = await startServer(backend.env);
      try {
        const state = (await (await fetch(`${url}/api/state`)).json()) as { assessment: { answers: object } };
        expect(acknowledged.filter((key) => !(key in state.assessment.answers))).toEqual([]);
        expect(acknowledged.length).toBeGreaterThanOrEqual(20 * ROUNDS);
        expect((await fetch(`${url}/api/export`)).status).toBe(200);
      } finally {
        await killed(child);
      }
    });
  });
}
