/**
 * factcheck: the command line (package.json "bin" runs it through bin/factcheck.mjs, built by esbuild).
 * This entry holds only the command table and help; each command's module, with its heavy imports
 * (the extractor and chrono-node, the token signer), is a chunk loaded when that command runs.
 * Commands, flags and environment: bin/cli/spec.ts (`factcheck --help` prints them).
 */
import { closest, distance } from 'fastest-levenshtein';
import pkg from '../package.json' with { type: 'json' };
import { CliError, parseFlags, type Parsed } from './cli/common.ts';
import { commandHelp, commandNames, commandSpec, fullHelp, groupHelp, groupOf, subName, usageLine, type CommandSpec } from './cli/spec.ts';

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
  'publication-queue': async () => (await import('./cli/editor.ts')).publicationQueue,
  'feeds list': async () => (await import('./cli/editor.ts')).feedsList,
  'feeds add': async () => (await import('./cli/editor.ts')).feedsAdd,
  'feeds show': async () => (await import('./cli/editor.ts')).feedsShow,
  'feeds remove': async () => (await import('./cli/editor.ts')).feedsRemove,
  'webhooks list': async () => (await import('./cli/editor.ts')).webhooksList,
  'webhooks add': async () => (await import('./cli/editor.ts')).webhooksAdd,
  'webhooks show': async () => (await import('./cli/editor.ts')).webhooksShow,
  'webhooks deliveries': async () => (await import('./cli/editor.ts')).webhooksDeliveries,
  'webhooks remove': async () => (await import('./cli/editor.ts')).webhooksRemove,
  token: async () => (await import('./cli/token.ts')).token,
};

// `factcheck status ID | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));

/** The command was given --json: an API refusal is printed as the API's problem JSON (stdout), not as a line. */
let jsonOut = false;

function report(e: unknown): number {
  if (e instanceof CliError && jsonOut && e.problem !== undefined) {
    process.stdout.write(`${JSON.stringify(e.problem, null, 2)}\n`);
    return e.code;
  }
  if (e instanceof CliError) {
    process.stderr.write(`factcheck: ${e.message}\n`);
    if (e.usage) process.stderr.write(`usage: ${usageLine(e.usage)}   (factcheck ${e.usage.name} --help)\n`);
    return e.code;
  }
  const err = e as Error;
  process.stderr.write(`factcheck: ${process.env.FACTCHECK_DEBUG ? err?.stack ?? String(e) : err?.message ?? String(e)}\n`);
  return 1;
}

const HELP = new Set(['--help', '-h']);

/** Other words people type for a command or subcommand, and the one there is. */
const ALIASES: Record<string, string> = {
  find: 'search', grep: 'search', lookup: 'search', ls: 'list', show: 'claim', check: 'submit', review: 'queue',
  unpublish: 'withdraw', rm: 'remove', delete: 'remove', del: 'remove', unsubscribe: 'remove', subscribe: 'add', log: 'deliveries',
};

/** The name meant by an unknown word: its alias, else the nearest name by edit distance (a typo: "serach"). */
function meant(word: string, names: string[]): string | undefined {
  const alias = ALIASES[word.toLowerCase()];
  if (alias && names.includes(alias)) return alias;
  const near = names.length ? closest(word.toLowerCase(), names) : undefined;
  return near && distance(word.toLowerCase(), near) <= Math.max(1, Math.floor(word.length / 3)) ? near : undefined;
}

/** Wrong usage: an unknown command (`group` undefined) or subcommand, with the one meant when it is clear. */
function unknownWord(word: string, names: string[], group?: string): CliError {
  const what = group ? `${group}: unknown subcommand "${word}"` : `unknown command "${word}"`;
  const list = `${group ? 'subcommands' : 'commands'}: ${names.join(', ')} (factcheck ${group ? `${group} ` : ''}--help)`;
  const guess = meant(word, names);
  return new CliError(guess ? `${what}: did you mean "${guess}"? The ${list}` : `${what}; the ${list}`, 2);
}

/** A group's subcommand as one command name ("feeds add"), or its help; wrong usage when missing or unknown. */
function subcommand(group: string, sub: string | undefined): string | undefined {
  const subs = groupOf(group).map(subName);
  if (sub === undefined) throw new CliError(`${group}: needs a subcommand: ${subs.slice(0, -1).join(', ')} or ${subs.at(-1)} (factcheck ${group} --help)`, 2);
  if (HELP.has(sub)) return undefined;
  if (subs.includes(sub)) return `${group} ${sub}`;
  throw unknownWord(sub, subs, group);
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    process.stdout.write(`factcheck ${pkg.version}\n`);
    return 0;
  }
  if (first === undefined || HELP.has(first) || first === 'help') {
    const [topic, sub] = first === 'help' ? rest : [];
    if (topic === undefined) process.stdout.write(`${fullHelp()}\n`);
    else if (groupOf(topic).length) {
      const name = subcommand(topic, sub ?? '--help');
      process.stdout.write(`${name ? commandHelp(commandSpec(name)!) : groupHelp(topic)}\n`);
    } else {
      const about = commandSpec(topic);
      if (!about) throw unknownWord(topic, commandNames());
      process.stdout.write(`${commandHelp(about)}\n`);
    }
    return 0;
  }
  let command = first;
  let args = rest;
  if (groupOf(first).length) {
    const name = subcommand(first, rest[0]);
    if (!name) {
      process.stdout.write(`${groupHelp(first)}\n`);
      return 0;
    }
    [command, args] = [name, rest.slice(1)];
  }
  const spec = commandSpec(command);
  const load = COMMANDS[command];
  if (!spec || !load) throw unknownWord(command, commandNames());
  const parsed = parseFlags(spec, args);
  jsonOut = parsed.values.json === true;
  return (await load())(spec, parsed);
}

process.on('uncaughtException', (e) => process.exit(report(e)));
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.exitCode = report(e);
}
