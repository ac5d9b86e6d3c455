#!/usr/bin/env node
// Starts the CLI from build/ (plain JavaScript compiled from src/ by scripts/build-cli.mjs), and
// recompiles first when a source is newer: no TypeScript loader at run time, so it starts fast.
import { buildCli, buildIsStale } from '../scripts/build-cli.mjs';

if (buildIsStale()) {
  await buildCli();
}
await import('../build/cli/main.js');
