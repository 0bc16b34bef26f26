/**
 * What the command line accepts: commands, their arguments and flags, and the environment it reads.
 * Help, usage lines and flag parsing all come from this one table. Data only: loading it costs nothing.
 * A command named with a space ("feeds add") is a subcommand of its group ("feeds").
 */
import { EVENT_TYPES } from '../../lambdas/domain/intake/records.ts';

export interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** The value's placeholder in help ("N", "URL"). */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments as written in usage ("ARTICLE_ID", "[FILE]"). */
  args: string;
  /** Positional arguments: at least `min`, at most `max`. */
  min: number;
  max: number;
  summary: string;
  flags: Record<string, FlagSpec>;
}

const json: FlagSpec = { type: 'boolean', help: 'print the JSON the API returns (or the claims) instead of a table' };
const lang: FlagSpec = { type: 'string', value: 'ar|en', help: 'the language (default: detected from the text)' };
const published: FlagSpec = { type: 'string', value: 'YYYY-MM-DD', help: 'publication date: relative dates ("Thursday", "أمس") resolve against it (default: today)' };
const cursor: FlagSpec = { type: 'string', value: 'TOKEN', help: 'the next page, as printed at the end of the previous one' };
const limit: FlagSpec = { type: 'string', value: 'N', help: 'items per page (1-100, default 20)' };
const subscriptionsLimit: FlagSpec = { type: 'string', value: 'N', help: 'items per page (1-100, default 100)' };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'extract', args: '[FILE]', min: 0, max: 1, summary: 'the claims of a text (FILE or stdin); no server needed',
    flags: {
      jsonl: { type: 'boolean', help: 'JSON Lines on stdin, {"id","text","language"?,"publishedAt"?} a line; {"id","claims"} a line out' },
      workers: { type: 'string', value: 'N', help: 'with --jsonl: extract in N worker threads (1: in this thread). Default: one per core, at most 8, on inputs over 32 MB; smaller ones in this thread (each worker first spends ~1 s of CPU compiling and warming up). The output is the same' },
      lang, published, json,
    },
  },
  {
    name: 'submit', args: '[FILE]', min: 0, max: 1, summary: 'submit an article (FILE, or - for stdin; or only --url: the service fetches the page)',
    flags: {
      lang, published,
      url: { type: 'string', value: 'URL', help: "the article's address (alone, without FILE: the service fetches the text from it)" },
      title: { type: 'string', value: 'TITLE', help: "the article's title" },
      source: { type: 'string', value: 'NAME', help: 'the outlet' },
      wait: { type: 'boolean', help: 'follow the article until its claims are extracted and checked, printing progress' },
      json,
    },
  },
  { name: 'status', args: 'ARTICLE_ID', min: 1, max: 1, summary: 'an article: its status, claims (with ids), verdicts and summary', flags: { json } },
  { name: 'demo', args: '[FILE]', min: 0, max: 1, summary: 'submit the sample Arabic wire story (or FILE) and follow it', flags: { json } },
  {
    name: 'queue', args: '', min: 0, max: 0, summary: 'the review queue, highest priority first',
    flags: { lang: { type: 'string', value: 'ar|en', help: 'only claims in this language' }, limit, cursor, json },
  },
  { name: 'claim', args: 'CLAIM_ID', min: 1, max: 1, summary: 'a claim: its values, checks, verdict and history', flags: { json } },
  {
    name: 'verdict', args: 'CLAIM_ID', min: 1, max: 1,
    summary: 'record a verdict; a decided claim is changed only with the version you saw (--expected-version)',
    flags: {
      rating: { type: 'string', value: 'RATING', help: "the rating (required): one of the desk's scale, by default true, mostly-true, misleading, false, unverifiable" },
      note: { type: 'string', value: 'TEXT', help: 'an internal note (never published)' },
      explanation: { type: 'string', value: 'TEXT', help: 'the public explanation: what readers will see when the verdict is published' },
      evidence: { type: 'string', multiple: true, value: 'URL', help: 'a source (repeat the flag for several)' },
      'expected-version': { type: 'string', value: 'N', help: "the claim's version you decided on (see: factcheck claim ID); without it, only an undecided claim (version 0) is written" },
      json,
    },
  },
  {
    name: 'articles', args: '[WORDS...]', min: 0, max: Infinity, summary: 'list articles, newest first (WORDS: in the title, source or url)',
    flags: {
      status: { type: 'string', value: 'STATUS', help: 'PROCESSING, AWAITING_REVIEW, CHECKED, PARTIALLY_CHECKED or FAILED' },
      lang: { type: 'string', value: 'ar|en', help: 'only articles in this language' },
      from: { type: 'string', value: 'YYYY-MM-DD', help: 'published on or after this day' },
      to: { type: 'string', value: 'YYYY-MM-DD', help: 'published on or before this day' },
      limit, cursor, json,
    },
  },
  {
    name: 'search', args: '[WORDS...]', min: 0, max: Infinity, summary: 'search all claims, decided ones too: words (Arabic or English) and values',
    flags: {
      type: { type: 'string', value: 'casualty|date', help: 'only claims of this type' },
      kind: { type: 'string', value: 'KIND', help: 'killed, injured, missing, displaced, arrested or destroyed' },
      status: { type: 'string', value: 'open|decided', help: 'only open (PENDING_REVIEW) or decided claims' },
      lang: { type: 'string', value: 'ar|en', help: 'only claims in this language' },
      from: { type: 'string', value: 'YYYY-MM-DD', help: 'about a day on or after this one' },
      to: { type: 'string', value: 'YYYY-MM-DD', help: 'about a day on or before this one' },
      min: { type: 'string', value: 'N', help: 'counts of at least N' },
      max: { type: 'string', value: 'N', help: 'counts of at most N' },
      limit: { type: 'string', value: 'N', help: 'items per page (1-50, default 20)' },
      cursor, json,
    },
  },
  {
    name: 'lease', args: 'CLAIM_ID', min: 1, max: 1, summary: 'take a claim, so other reviewers see you are on it (a courtesy: versions guard verdicts)',
    flags: { minutes: { type: 'string', value: 'N', help: 'how long (default 15)' }, json },
  },
  { name: 'release', args: 'CLAIM_ID', min: 1, max: 1, summary: 'give a claim you took back', flags: { json } },
  {
    name: 'publish', args: 'CLAIM_ID', min: 1, max: 1, summary: 'publish a decided claim as a public fact-check (an editor\'s step)',
    flags: {
      'expected-version': { type: 'string', value: 'N', help: "the verdict's version you read (see: factcheck claim ID); without it, the current one" },
      json,
    },
  },
  { name: 'withdraw', args: 'CLAIM_ID', min: 1, max: 1, summary: 'take a published fact-check down (its page answers 410)', flags: { json } },
  {
    name: 'publication-queue', args: '', min: 0, max: 0,
    summary: 'decided claims whose current verdict is not published, oldest decision first (an editor\'s list: publish them with factcheck publish)',
    flags: { limit, cursor, json },
  },
  {
    name: 'feeds list', args: '', min: 0, max: 0,
    summary: 'the RSS and Atom feeds the service polls, oldest subscription first, with their last poll, stories taken and last error (an editor\'s)',
    flags: { limit: subscriptionsLimit, cursor, json },
  },
  {
    name: 'feeds add', args: 'URL', min: 1, max: 1,
    summary: 'subscribe to an RSS or Atom feed: polled at once, then on a schedule; each new story is submitted once',
    flags: { json },
  },
  { name: 'feeds show', args: 'FEED_ID', min: 1, max: 1, summary: 'one feed: its last poll, stories taken and its last errors', flags: { json } },
  {
    name: 'feeds remove', args: 'FEED_ID', min: 1, max: 1,
    summary: 'unsubscribe: the feed is not polled again (the stories it brought in stay)', flags: { json },
  },
  {
    name: 'webhooks list', args: '', min: 0, max: 0, summary: 'the registered webhooks, oldest first, without their secrets (an editor\'s)',
    flags: { limit: subscriptionsLimit, cursor, json },
  },
  {
    name: 'webhooks add', args: 'URL', min: 1, max: 1,
    summary: 'register a webhook: each event of those types is POSTed to URL, HMAC-signed; prints the secret, this once',
    flags: {
      event: { type: 'string', multiple: true, value: EVENT_TYPES.join('|'), help: 'an event type to send (required); repeat the flag for several' },
      json,
    },
  },
  { name: 'webhooks show', args: 'WEBHOOK_ID', min: 1, max: 1, summary: 'one webhook, without its secret', flags: { json } },
  {
    name: 'webhooks deliveries', args: 'WEBHOOK_ID', min: 1, max: 1, summary: 'a webhook\'s deliveries, newest first: status, attempts, the next try and the last answer',
    flags: { limit: { type: 'string', value: 'N', help: 'how many per page (1-100, default 50)' }, cursor, json },
  },
  {
    name: 'webhooks remove', args: 'WEBHOOK_ID', min: 1, max: 1,
    summary: 'remove a webhook: no event is sent to it from then on; its deliveries\' log goes with it', flags: { json },
  },
  {
    name: 'reindex', args: '', min: 0, max: 0,
    summary: 'rebuild the claim search index after an upgrade changed its words, printing progress (an editor\'s step in AWS; npm start does it by itself when the stored index is older)',
    flags: { limit: { type: 'string', value: 'N', help: 'articles per request (1-50, default 10)' }, json },
  },
  {
    name: 'token', args: '', min: 0, max: 0, summary: 'print a token for the local stack (signed with its key)',
    flags: {
      role: { type: 'string', value: 'reviewer|submitter|editor', help: 'the role the token carries (required)' },
      sub: { type: 'string', value: 'NAME', help: 'who the token names (default dev@local)' },
      json,
    },
  },
  { name: 'help', args: '[COMMAND]', min: 0, max: 1, summary: 'this help, or one command\'s', flags: {} },
];

export const ENVIRONMENT: [string, string][] = [
  ['FACTCHECK_API', 'the API the commands talk to (default http://localhost:$PORT)'],
  ['PORT', 'the local stack\'s port when FACTCHECK_API is not set (default 3000)'],
  ['FACTCHECK_TOKEN', 'the bearer token to send (default: one signed with the local stack\'s key)'],
  ['FACTCHECK_DATA_DIR', 'the local stack\'s data folder, which holds that key (default .factcheck)'],
  ['FACTCHECK_DEBUG', '1: print stack traces of unexpected errors (and how extract loaded the extractor)'],
];

export const commandSpec = (name: string) => COMMANDS.find((c) => c.name === name);

/** The subcommands of a group ("feeds": feeds list, feeds add, feeds show), in the table's order; none for a plain command. */
export const groupOf = (name: string) => COMMANDS.filter((c) => c.name.startsWith(`${name} `));
/** The last word of a subcommand's name: "add" of "feeds add". */
export const subName = (c: CommandSpec) => c.name.slice(c.name.indexOf(' ') + 1);
/** The commands as typed first: each plain command and each group once. */
export const commandNames = () => [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]))];

/** Commands and arguments, as the help's left column ("feeds add URL"). */
const head = (c: CommandSpec) => [c.name, c.args].filter(Boolean).join(' ');
const HEAD_WIDTH = Math.max(24, ...COMMANDS.map((c) => head(c).length));

function flagLine(name: string, f: FlagSpec): string {
  const left = `--${name}${f.value ? ` ${f.value}` : ''}${f.multiple ? ' ...' : ''}`;
  return `    ${left.padEnd(34)} ${f.help}`;
}

export function usageLine(c: CommandSpec): string {
  const required = Object.entries(c.flags).filter(([, f]) => f.help.includes('(required)')).map(([n, f]) => `--${n} ${f.value ?? ''}`.trim());
  return `factcheck ${[c.name, c.args, ...required].filter(Boolean).join(' ')}${Object.keys(c.flags).length > required.length ? ' [flags]' : ''}`;
}

export function commandHelp(c: CommandSpec): string {
  const lines = [`usage: ${usageLine(c)}`, `  ${c.summary}`];
  for (const [name, f] of Object.entries(c.flags)) lines.push(flagLine(name, f));
  lines.push(flagLine('help', { type: 'boolean', help: 'this help' }));
  return lines.join('\n');
}

function commandLines(c: CommandSpec): string[] {
  return [`  ${head(c).padEnd(HEAD_WIDTH)} ${c.summary}`, ...Object.entries(c.flags).map(([name, f]) => flagLine(name, f))];
}

/** A group's help: each subcommand with its flags. */
export function groupHelp(name: string): string {
  const subs = groupOf(name);
  return [`usage: factcheck ${name} <${subs.map(subName).join('|')}> [arguments] [flags]`, '', ...subs.flatMap(commandLines),
    '', `factcheck ${name} <subcommand> --help: one subcommand's help`].join('\n');
}

export function fullHelp(): string {
  const lines = ['usage: factcheck <command> [arguments] [flags]', '', 'commands:'];
  for (const c of COMMANDS) lines.push(...commandLines(c));
  lines.push('', 'environment:');
  for (const [name, what] of ENVIRONMENT) lines.push(`  ${name.padEnd(20)} ${what}`);
  lines.push('', 'factcheck --version prints the version.');
  lines.push('', 'exit status: 0 done; 1 failed (the API refused, a bad input line); 2 wrong usage.');
  return lines.join('\n');
}
