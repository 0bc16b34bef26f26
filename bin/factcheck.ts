/**
 * factcheck: the command line (package.json "bin" runs it through bin/factcheck.mjs, built by esbuild).
 * This entry holds only the command table and help; each command's module, with its heavy imports
 * (the extractor and chrono-node, the token signer), is a chunk loaded when that command runs.
 * Commands, flags and environment: bin/cli/spec.ts (`factcheck --help` prints them).
 */
import { CliError, parseFlags, type Parsed } from './cli/common.ts';
import { commandHelp, commandSpec, fullHelp, usageLine, type CommandSpec } from './cli/spec.ts';

type Run = (spec: CommandSpec, p: Parsed) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Run>> = {
  extract: async () => (await import('./cli/extract.ts')).run,
  submit: async () => (await import('./cli/desk.ts')).submit,
  status: async () => (await import('./cli/desk.ts')).status,
  demo: async () => (await import('./cli/desk.ts')).demo,
  queue: async () => (await import('./cli/desk.ts')).queue,
  claim: async () => (await import('./cli/desk.ts')).claim,
  verdict: async () => (await import('./cli/desk.ts')).verdict,
  articles: async () => (await import('./cli/find.ts')).articles,
  search: async () => (await import('./cli/find.ts')).search,
  lease: async () => (await import('./cli/desk.ts')).lease,
  release: async () => (await import('./cli/desk.ts')).release,
  publish: async () => (await import('./cli/desk.ts')).publish,
  withdraw: async () => (await import('./cli/desk.ts')).withdraw,
  reindex: async () => (await import('./cli/desk.ts')).reindex,
  token: async () => (await import('./cli/token.ts')).token,
};

// `factcheck status ID | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));

function report(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`factcheck: ${e.message}\n`);
    if (e.usage) process.stderr.write(`usage: ${usageLine(e.usage)}   (factcheck ${e.usage.name} --help)\n`);
    return e.code;
  }
  const err = e as Error;
  process.stderr.write(`factcheck: ${process.env.FACTCHECK_DEBUG ? err?.stack ?? String(e) : err?.message ?? String(e)}\n`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const about = command === 'help' && rest[0] ? commandSpec(rest[0]) : undefined;
    if (command === 'help' && rest[0] && !about) throw new CliError(`unknown command "${rest[0]}"; the commands: ${Object.keys(COMMANDS).join(', ')}`, 2);
    process.stdout.write(`${about ? commandHelp(about) : fullHelp()}\n`);
    return 0;
  }
  const spec = commandSpec(command);
  const load = COMMANDS[command];
  if (!spec || !load) throw new CliError(`unknown command "${command}"; the commands: ${Object.keys(COMMANDS).join(', ')} (factcheck --help)`, 2);
  const parsed = parseFlags(spec, rest);
  return (await load())(spec, parsed);
}

process.on('uncaughtException', (e) => process.exit(report(e)));
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.exitCode = report(e);
}
