/**
 * `kneeline <command>`: one entry point, each command in its own module, loaded on demand so a
 * quick `plan` never pays for TF.js. A user's mistake prints one sentence and exits 1; only a
 * bug prints a stack trace.
 */
import { reportCliError } from './errors.js';

interface Command {
  readonly summary: string;
  readonly load: () => Promise<{ run: (args: readonly string[]) => Promise<number> }>;
}

const commands: Readonly<Record<string, Command>> = {
  // Each command registers one line here.
  assess: {
    summary: 'answer questions and self-tests; see what drives your knee valgus',
    load: () => import('./assess.js'),
  },
  plan: { summary: 'build your program and schedule from an answers file', load: () => import('./plan.js') },
  analyze: {
    summary: 'measure knee alignment (FPPA) in a video of a test',
    load: () => import('./analyze.js'),
  },
  serve: { summary: 'serve the web app and its API (default port 3000)', load: () => import('./serve.js') },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`);
  return [
    'Usage: kneeline <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `kneeline <command> --help` for its options.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  const module = await command.load();
  return module.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportCliError(error);
  },
);
