/**
 * Cross-checking (DESIGN.md section 5): a match key per claim, from its type, kind, victim concept
 * (Arabic and English mapped to the same concepts) and event date; then corroborations and conflicts.
 */
import type { Claim } from './extract/index.ts';
import { normalizeForMatching, normalizeWord } from './text/normalize.ts';
import { tokenize } from './text/tokens.ts';
import { readQuantity, startsNumber } from './numbers/quantity.ts';
import type { Checks, Rating, Ref } from './model.ts';
import { TOLL } from './extract/lexicon.ts';

/** Concept words: plain spelling; Arabic forms match after normalization and clitic stripping. */
const CONCEPTS: [string, string[]][] = [
  ['soldier', ['soldier', 'soldiers', 'troops', 'troop', 'servicemen', 'جندي', 'جنديا', 'جنود', 'الجنود', 'عسكري', 'عسكريين', 'عسكريا']],
  ['civilian', ['civilian', 'civilians', 'مدني', 'مدنيا', 'مدنيين', 'مدنيون', 'المدنيين']],
  ['child', ['child', 'children', 'kids', 'طفل', 'طفلا', 'أطفال', 'الأطفال']],
  ['police', ['police', 'policemen', 'officers', 'شرطي', 'شرطيا', 'الشرطة', 'شرطة', 'رجال']],
  ['regime-forces', ['regime', 'النظام']],
  ['fighter', ['fighters', 'militants', 'rebels', 'مسلح', 'مسلحين', 'مقاتل', 'مقاتلين', 'عناصر']],
  ['woman', ['woman', 'women', 'امرأة', 'امرأتان', 'امرأتين', 'نساء', 'النساء', 'سيدة', 'سيدات']],
  ['journalist', ['journalist', 'journalists', 'reporter', 'reporters', 'صحفي', 'صحفيا', 'صحفيين', 'صحافي', 'صحافيا', 'صحافيين', 'إعلامي', 'إعلاميين']],
  ['medic', ['medic', 'medics', 'paramedic', 'paramedics', 'مسعف', 'مسعفا', 'مسعفين', 'مسعفون']],
  ['migrant', ['migrant', 'migrants', 'مهاجر', 'مهاجرا', 'مهاجرين', 'مهاجرون']],
  ['person', ['people', 'persons', 'person', 'شخص', 'شخصا', 'أشخاص', 'الأشخاص', 'أشخاص']],
  ['tank', ['tank', 'tanks', 'دبابة', 'دبابات']],
  ['armoured-vehicle', ['armoured', 'armored', 'مدرعة', 'مدرعات', 'المدرعات']],
  ['vehicle', ['vehicle', 'vehicles', 'آلية', 'آليات', 'عربة', 'عربات']],
  ['helicopter', ['helicopter', 'helicopters', 'مروحية', 'مروحيات']],
  ['aircraft', ['aircraft', 'plane', 'planes', 'jet', 'jets', 'drone', 'drones', 'طائرة', 'طائرات', 'مسيرة']],
  ['home', ['home', 'homes', 'house', 'houses', 'منزل', 'منازل', 'بيت', 'بيوت']],
  ['family', ['family', 'families', 'عائلة', 'عائلات', 'أسرة', 'أسر']],
];
const NATIONALITIES: [string, string[]][] = [
  ['TR', ['turkish', 'turkey', 'تركي', 'تركيا', 'أتراك', 'التركي', 'التركية', 'تركية']],
  ['SY', ['syrian', 'syria', 'سوري', 'سوريا', 'السوري', 'السورية', 'سوريين', 'سورية']],
  ['RU', ['russian', 'russia', 'روسي', 'روسيا', 'الروسي', 'الروسية', 'روس']],
  ['IR', ['iranian', 'iran', 'إيراني', 'إيران', 'إيرانيين']],
  ['IL', ['israeli', 'israel', 'إسرائيلي', 'إسرائيليين', 'إسرائيل']],
  ['PS', ['palestinian', 'palestinians', 'فلسطيني', 'فلسطينيين', 'فلسطينيا']],
  ['UA', ['ukrainian', 'ukraine', 'أوكراني', 'أوكرانيين']],
  ['US', ['american', 'us', 'أمريكي', 'أميركي', 'أمريكيين', 'أميركيين']],
];
const index = (list: [string, string[]][]) => {
  const m = new Map<string, string>();
  for (const [c, words] of list) for (const w of words) m.set(normalizeWord(w).toLowerCase(), c);
  return m;
};
const CONCEPT = index(CONCEPTS);
const NATIONALITY = index(NATIONALITIES);

function find(map: Map<string, string>, word: string): string | undefined {
  const w = word.replace(/'s$/, '');
  if (map.has(w)) return map.get(w);
  let x = w;
  if (/^[وفبل]/.test(x) && x.length > 3) x = x.slice(1);
  if (map.has(x)) return map.get(x);
  if (x.startsWith('ال') && map.has(x.slice(2))) return map.get(x.slice(2));
  return undefined;
}

/** "33 جندياً تركياً" and "33 Turkish soldiers" -> "soldier:TR". Undefined when no concept is known. */
export function groupConcept(group: string): string | undefined {
  const words = normalizeWord(group).toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  let concept: string | undefined;
  let nat: string | undefined;
  for (const w of words) {
    concept ??= find(CONCEPT, w);
    nat ??= find(NATIONALITY, w);
  }
  return concept ? (nat ? `${concept}:${nat}` : concept) : undefined;
}

/**
 * The event date of a claim: a one-day date claim in its sentence (the nearest), else one within a short distance
 * in the sentences around it ("Nine people were killed in a strike on Idlib. It hit a market on Monday"), else the
 * article's only day (a headline, a later toll). A date that says when the source spoke ("…, the ministry announced
 * on Friday morning") is not the date of the event.
 */
export function eventDate(claim: Claim, all: Claim[]): string | undefined {
  return eventDates(all).get(claim);
}

/** How far (characters) from a claim a date in another sentence still dates it. */
const NEARBY_DATE = 200;

/**
 * The day its own sentence gives a claim's event: the nearest one-day date there that is not a date of saying. What
 * the public statement of a claim may say (claimReviewed): a date from another sentence or the article's day is
 * eventDate's inference, good enough to match claims across articles, but it may date other victims.
 */
export function ownSentenceDate(claim: Claim, all: Claim[]): string | undefined {
  const pick = nearest(claim, all.filter((d) => oneDay(d) && d.sentence.start === claim.sentence.start && !saidAt(claim, d)));
  return pick?.date!.values[0].from;
}

const oneDay = (c: Claim) => c.type === 'date' && c.date?.values.length === 1 && c.date.values[0].from === c.date.values[0].to;
/** A date of saying: inside the claim's attribution or right after it, when the attribution is not the claim's own. */
const saidAt = (c: Claim, d: Claim) => !!c.attribution && d.start >= c.attribution.start && d.start <= c.attribution.end + 3 && (d.start < c.start || d.start >= c.end);
/** The date claim of `list` nearest claim `c`. */
function nearest(c: Claim, list: Claim[]): Claim | undefined {
  let best: Claim | undefined;
  for (const d of list) if (!best || Math.abs(d.start - c.start) < Math.abs(best.start - c.start)) best = d;
  return best;
}

/** The event date of every claim (see eventDate), in one pass over the dates of each sentence. */
function eventDates(all: Claim[]): Map<Claim, string | undefined> {
  const days = all.filter(oneDay);
  const bySentence = new Map<number, Claim[]>();
  for (const d of days) bySentence.set(d.sentence.start, [...(bySentence.get(d.sentence.start) ?? []), d]);
  const out = new Map<Claim, string | undefined>();
  for (const c of all) {
    const said = (d: Claim) => saidAt(c, d);
    const same = (bySentence.get(c.sentence.start) ?? []).filter((d) => !said(d));
    let pick = nearest(c, same);
    if (!pick && !(bySentence.get(c.sentence.start) ?? []).length) {
      pick = nearest(c, days.filter((d) => d.sentence.start !== c.sentence.start && (d.start >= c.end ? d.start - c.end : c.start - d.end) <= NEARBY_DATE));
    }
    if (pick) {
      out.set(c, pick.date!.values[0].from);
      continue;
    }
    // An article that names one day of events ("وكان الانفجار قد وقع مساء الخميس"), its headline and its later tolls included.
    const named = new Set(days.filter((d) => !said(d)).map((d) => d.date!.values[0].from));
    out.set(c, named.size === 1 ? [...named][0] : undefined);
  }
  return out;
}

/** Concepts that say nothing of who the victims are beyond their number: matched across articles only with a date. */
const ANYONE = new Set(['person', 'family', 'home']);

/** Keys only ever compared within their own article (victims not named: "the army said no more than six"). */
const LOCAL = 'local|';
export const isLocalKey = (key: string) => key.startsWith(LOCAL);

/** Groups that name no victims of their own: the victims of the count before, or the whole toll ("others"). */
const OPEN_GROUP = new Set(['', 'others', 'other', 'آخرون', 'آخرين', 'الآخرين', 'الآخرون', 'آخر', 'أخرى'].map((w) => normalizeWord(w)));
/** Groups that add to a count ("two more", "another 15"): neither the same victims nor a toll of their own. */
const MORE_GROUP = new Set(['more', 'another', 'further', 'additional']);

/**
 * A count with nothing but its number ("four" in "29 were treated, four of them in intensive care", "12" in "rose to
 * 15 after 12"): the extractor gives it the kind of the count it belongs to, and it is a part, a restatement or a
 * list member of that count, no claim about the same victims to compare.
 */
function bareCount(c: Claim): boolean {
  const read = firstQuantity(c);
  return !!read?.q && read.q.first === 0 && read.q.last === read.tokens.length - 1;
}

/** The words of a claim's text (no punctuation) and the first count read in them. */
function firstQuantity(c: Claim) {
  const { norm } = normalizeForMatching(c.text);
  const tokens = tokenize(norm, 0, norm.length, false).filter((t) => t.kind !== 'punct');
  const first = tokens.findIndex((_, i) => startsNumber(tokens, i));
  return first < 0 ? undefined : { tokens, q: readQuantity(tokens, first, norm) };
}

/**
 * A claim that states a toll: "the toll later rose to 15", "عدد القتلى ارتفع إلى 16", "حصيلة القتلى بلغت 20" (the words of
 * a toll the extractor reads). Such a count with no victims named restates or revises the count of victims before it.
 */
function namesToll(text: string): boolean {
  const { norm } = normalizeForMatching(text);
  return tokenize(norm, 0, norm.length, false).some((t) => t.kind === 'word' && TOLL.contains(t.t.toLowerCase()));
}

/** Words after a number that make its count a part of a count named before ("Eleven of the injured", "ثلاثة من المصابين"). */
const PARTITIVE = new Set(['of', 'among', 'من', 'منهم', 'بينهم'].map((w) => normalizeWord(w)));

/**
 * A count of some of the victims of another count, with no victims of its own ("Eleven of the injured were in critical
 * condition", "خمسة من المصابين في حالة حرجة"): a subset, never a toll to compare with the whole.
 */
function partitive(c: Claim): boolean {
  const read = firstQuantity(c);
  const next = read?.q && read.tokens[read.q.last + 1];
  return !!next && next.kind === 'word' && PARTITIVE.has(next.t.toLowerCase());
}

/** Words of a toll that went up ("rose to 23", "up from 86", "ارتفعت إلى 23"): the largest count of the sentence is the current one. */
const RISE = new Set(['rose', 'risen', 'rises', 'rise', 'rising', 'climbed', 'climbs', 'increased', 'ارتفع', 'ارتفعت', 'ترتفع', 'يرتفع', 'ارتفاع', 'وارتفع', 'وارتفعت'].map((w) => normalizeWord(w)));
/** Words of a corrected toll ("revised to 15", "قبل أن تصحح الرقم إلى 15"): the count stated last in the sentence is the current one. */
const CORRECTED = new Set(['revised', 'corrected', 'updated', 'صحح', 'صححت', 'تصحح', 'يصحح', 'عدل', 'عدلت'].map((w) => normalizeWord(w)));
/** Words of a count the text itself gives as superseded ("an initial toll of 15", "an earlier statement had given 14", "حصيلة أولية"). */
const EARLIER = new Set(['initial', 'earlier', 'preliminary', 'previous', 'أولية', 'اولية', 'سابقة', 'السابقة', 'الأولية'].map((w) => normalizeWord(w)));

/** The normalized words of a sentence of the article. */
function sentenceWords(text: string): Set<string> {
  const { norm } = normalizeForMatching(text);
  return new Set(tokenize(norm, 0, norm.length, false).filter((t) => t.kind === 'word').map((t) => t.t.toLowerCase()));
}

/** A count as compared with the other counts of its own article: its range, or null when it is not compared there. */
export type InArticle = { min: number | null; max: number | null } | null;

/**
 * How each claim of one article is compared with the others of its article (keys from matchKeys; `text` is the
 * article's text, for the words of each sentence): within one article, counts of the same victims are no conflict
 * when the text itself says how they fit together.
 * - A count and what it adds to: "We buried 27 people … and four more died" is 27 to 31 within its article (the sum
 *   of the count and the "more" counts after it in its sentence), so the headline's "31" agrees.
 * - A revision the text announces: in a sentence where a toll rose ("before it rose to 23", "up from 86") the largest
 *   count is the current one; where it was corrected ("revised to 15") the last stated. The sentence's other counts of
 *   the same victims, and earlier counts of them in the article below the risen toll ("14 … The toll rose to 16"),
 *   are superseded: not compared within their article. So is a count the text calls initial or earlier.
 * Subsets ("Eleven of the injured") get no key at all (matchKeys). Everything else: its own count (undefined).
 * Across articles every count is compared as it is: another article's 15 still conflicts with this one's 23.
 */
export function inArticle(all: Claim[], keys: (string | null)[], text: string): (InArticle | undefined)[] {
  const out: (InArticle | undefined)[] = all.map(() => undefined);
  const order = all.map((c, i) => ({ c, i })).filter(({ c, i }) => c.casualty && keys[i]).sort((a, b) => a.c.start - b.c.start);
  const bySentence = new Map<number, { c: Claim; i: number }[]>();
  for (const x of order) bySentence.set(x.c.sentence.start, [...(bySentence.get(x.c.sentence.start) ?? []), x]);
  for (const [start, members] of bySentence) {
    const words = sentenceWords(text.slice(start, members[0].c.sentence.end));
    const has = (set: Set<string>) => [...words].some((w) => set.has(w) || (/^[وف]/.test(w) && set.has(w.slice(1))));
    // "N more" adds to the count of its kind before it in the sentence.
    for (const m of members) {
      if (!MORE_GROUP.has(normalizeWord(m.c.casualty!.group).toLowerCase().trim())) continue;
      const base = [...members].reverse().find((b) => b.c.start < m.c.start && b.c.casualty!.kind === m.c.casualty!.kind && !MORE_GROUP.has(normalizeWord(b.c.casualty!.group).toLowerCase().trim()));
      if (!base) continue;
      const now = out[base.i] ?? { min: base.c.casualty!.min, max: base.c.casualty!.max };
      out[base.i] = now && { min: now.min, max: now.max === null || m.c.casualty!.max === null ? null : now.max + m.c.casualty!.max };
    }
    const rise = has(RISE);
    const corrected = !rise && has(CORRECTED);
    if (!rise && !corrected) {
      if (has(EARLIER) && namesToll(text.slice(start, members[0].c.sentence.end))) for (const m of members) out[m.i] = null;
      continue;
    }
    for (const key of new Set(members.map((m) => keys[m.i]!))) {
      const same = members.filter((m) => keys[m.i] === key);
      if (same.length < 2 && !rise) continue;
      const current = rise
        ? same.reduce((a, b) => ((b.c.casualty!.min ?? 0) > (a.c.casualty!.min ?? 0) ? b : a))
        : same.reduce((a, b) => (b.c.end > a.c.end ? b : a));
      for (const m of same) if (m !== current) out[m.i] = null;
      if (!rise) continue;
      const risen = current.c.casualty!.min ?? 0;
      for (const o of order) if (o.c.start < start && keys[o.i] === key && o.c.casualty!.max !== null && o.c.casualty!.max < risen) out[o.i] = null;
    }
  }
  return out;
}

/**
 * The match key of every claim of one article, in order: type|kind|concept|day, or null when a claim says
 * too little to be matched safely. The day is the event date (eventDate), else that of a dated mention of the
 * same victims in the article, else `fallbackDay` (the publication day).
 *
 * Victims named ("33 Turkish soldiers") give the concept. A count with its own predicate but no victims named ("15
 * قتيلاً", "the toll rose to 13", "no more than six died") is about the victims counted last before it (not a part
 * of a larger count: "including four children" is no toll) when it plainly is: in the same sentence, or a toll
 * ("عدد القتلى ارتفع إلى 16" after "14 جندياً تركياً"); any other ("A second bomb killed 11", "The child victims numbered
 * 11" after "40 civilians") may be other victims, and is about everyone (the toll: `person`), as is one with no named
 * count before it; it is
 * compared with other articles when it has an event date, and otherwise within its sentence only ("the ministry
 * said 18 people were killed, the army said no more than six died" is one claim and its conflict). A bare number
 * ("four of them"), a count that adds ("two more") and victims of no known concept ("جثتين", "وامرأتان") are
 * never compared: their count is not that of any other claim. Linear in the number of claims but for the
 * nearest-mention search within a kind.
 */
export function matchKeys(all: Claim[], fallbackDay?: string): (string | null)[] {
  const dates = eventDates(all);
  const concepts = all.map((c) => (c.type === 'casualty' && c.casualty ? groupConcept(c.casualty.group) : undefined));
  const positioned = all.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start);
  const groupWord = (c: Claim) => normalizeWord(c.casualty?.group ?? '').toLowerCase().trim();
  // A part of a larger count of the same kind before it in its sentence ("17 قتيلاً، بينهم أربعة أطفال").
  const part = new Set<number>();
  const largest = new Map<string, number>(); // sentence|kind -> the largest count so far (claims in text order)
  for (const { c, i } of positioned) {
    if (!c.casualty) continue;
    const at = `${c.sentence.start}|${c.casualty.kind}`;
    if ((largest.get(at) ?? -Infinity) > (c.casualty.max ?? Infinity)) part.add(i);
    largest.set(at, Math.max(largest.get(at) ?? -Infinity, c.casualty.min ?? 0));
  }
  // The concept each claim is about: its own; for an open group, the last whole count's before it when it is plainly
  // about those victims (the same sentence, or a toll: see sameVictims), else the toll of anyone.
  const about: (string | undefined)[] = [...concepts];
  const never = new Set<number>();
  const lastOfKind = new Map<string, number>();
  const tollSentences = new Set(all.filter((c) => c.casualty && namesToll(c.text)).map((c) => `${c.sentence.start}|${c.casualty!.kind}`));
  // A toll whose span holds a named count of its kind ("حصيلة أولية قد أشارت إلى مقتل 15 شخصاً، قبل أن ترتفع إلى 23") is
  // about those victims, though its span opens before theirs.
  const inside = (c: Claim) => positioned.find(({ c: n, i }) => n !== c && concepts[i] && n.casualty?.kind === c.casualty?.kind && n.start >= c.start && n.end <= c.end)?.i;
  for (const { c, i } of positioned) {
    const kind = c.casualty?.kind;
    if (!kind) continue;
    if (!concepts[i]) {
      const g = groupWord(c);
      const last = inside(c) ?? lastOfKind.get(kind);
      if (MORE_GROUP.has(g) || !OPEN_GROUP.has(g) || bareCount(c) || partitive(c)) never.add(i);
      else about[i] = last !== undefined && (all[last].sentence.start === c.sentence.start || tollSentences.has(`${c.sentence.start}|${kind}`)) ? concepts[last] : 'person';
    } else if (!part.has(i)) lastOfKind.set(kind, i);
  }
  // The day of each (kind, concept): the first dated mention of those victims in the article.
  const datedVictims = new Map<string, string>();
  for (const { c, i } of positioned) {
    const day = dates.get(c);
    const victims = `${c.casualty?.kind}|${about[i]}`;
    if (c.casualty && about[i] && day && !datedVictims.has(victims)) datedVictims.set(victims, day);
  }
  return all.map((c, i) => {
    if (c.type !== 'casualty' || !c.casualty) return null;
    if (never.has(i)) return [LOCAL.slice(0, -1), c.casualty.kind, `own@${c.start}`].join('|');
    const concept = about[i]!;
    const dated = dates.get(c) ?? datedVictims.get(`${c.casualty.kind}|${concept}`);
    // An undated toll of no victims named: compared within its sentence only.
    if (!concepts[i] && concept === 'person' && !dated) return [LOCAL.slice(0, -1), c.casualty.kind, `sentence@${c.sentence.start}`].join('|');
    const day = dated ?? fallbackDay?.slice(0, 10);
    if (!day) return null;
    // Victims named only as anyone ("families", "people", "homes") with no event date of their own: the publication
    // day is all that would tie them to another article's, and two such reports of one day are mostly of two events
    // ("200 families displaced" in Marib, "40 families evacuated" in Aleppo). Compared within the article only.
    if (!dated && ANYONE.has(concept)) return [LOCAL.slice(0, -1), c.casualty.kind, concept, day].join('|');
    return ['casualty', c.casualty.kind, concept, day].join('|');
  });
}

/** The match key of one claim among all the claims of its article (see matchKeys); null for a local-only key. */
export function matchKey(claim: Claim, all: Claim[], fallbackDay?: string): string | null {
  const key = matchKeys(all, fallbackDay)[all.indexOf(claim)] ?? null;
  return key && !isLocalKey(key) ? key : null;
}

/** The keys to look up for a key: its day and the days either side (reports date events a day apart). */
export function neighbourKeys(key: string): string[] {
  const parts = key.split('|');
  const day = Date.parse(`${parts[3]}T00:00:00Z`);
  if (Number.isNaN(day)) return [key];
  return [-1, 0, 1].map((d) => [...parts.slice(0, 3), new Date(day + d * 86_400_000).toISOString().slice(0, 10)].join('|'));
}

/** Two counts agree when their ranges overlap (a vague 24-99 agrees with 33; 33 conflicts with 34). */
export function countsAgree(a: { min: number | null; max: number | null }, b: { min: number | null; max: number | null }): boolean {
  const [alo, ahi] = [a.min ?? -Infinity, a.max ?? Infinity];
  const [blo, bhi] = [b.min ?? -Infinity, b.max ?? Infinity];
  return alo <= bhi && blo <= ahi;
}

/** What checking needs of a claim. */
export interface Checkable {
  claimId: string;
  articleId: string;
  casualty?: Claim['casualty'];
  verdict?: { rating: Rating; at: string } | null;
}

/** The bounds of checking (settings: lambdas/config.ts). */
export interface CheckLimits {
  /** References stored per list (corroborations, conflicts); the counts say how many there are. */
  maxRefs: number;
}

/**
 * Checks every claim of one match-key group against all the others: counts of another article that agree
 * corroborate, counts that differ conflict (within one article too: an article that contradicts itself is
 * flagged), and the latest verdict on a corroborating claim is offered as a suggestion. Agreement within one
 * article (a headline restating its body's toll) is one source repeating itself: neither a corroboration nor
 * a suggestion. Each list keeps at most `maxRefs` references, other articles' first (in the order given), and
 * counts them all. Quadratic in the group, which the caller bounds.
 */
export function checkGroup(members: Checkable[], limits: CheckLimits = { maxRefs: 20 }, within?: (claimId: string) => InArticle | undefined): Map<string, Omit<Checks, 'priority'>> {
  const out = new Map<string, Omit<Checks, 'priority'>>();
  for (const claim of members) {
    const corroborations: Ref[] = [];
    const conflicts: Ref[] = [];
    const own: { list: Ref[]; ref: Ref }[] = [];
    let corroborationCount = 0;
    let conflictCount = 0;
    let suggested: { rating: Rating; fromClaimId: string; at: string } | null = null;
    for (const o of members) {
      if (o.claimId === claim.claimId || !o.casualty || !claim.casualty) continue;
      const ref = { articleId: o.articleId, claimId: o.claimId, min: o.casualty.min, max: o.casualty.max };
      let agree = countsAgree(claim.casualty, o.casualty);
      if (within && o.articleId === claim.articleId) {
        // Within one article: as the text fits its counts together (inArticle); null: not compared there.
        const [a, b] = [within(claim.claimId), within(o.claimId)];
        if (a === null || b === null) continue;
        agree = countsAgree(a ?? claim.casualty, b ?? o.casualty);
      }
      if (agree && o.articleId === claim.articleId) continue;
      if (agree) {
        corroborationCount++;
        if (o.verdict && (!suggested || o.verdict.at > suggested.at)) suggested = { rating: o.verdict.rating, fromClaimId: o.claimId, at: o.verdict.at };
      } else conflictCount++;
      const list = agree ? corroborations : conflicts;
      if (o.articleId !== claim.articleId) {
        if (list.length < limits.maxRefs) list.push(ref);
      } else if (own.length < 2 * limits.maxRefs) own.push({ list, ref });
    }
    for (const { list, ref } of own) if (list.length < limits.maxRefs) list.push(ref);
    out.set(claim.claimId, {
      corroborations,
      conflicts,
      corroborationCount,
      conflictCount,
      suggestedVerdict: suggested ? { rating: suggested.rating, fromClaimId: suggested.fromClaimId } : null,
    });
  }
  return out;
}

/**
 * What a claim of another article keeps when a new article is checked against part of its group: its
 * references so far, then new ones while there is room; counts that never go down (the group read may be
 * cut at its bound, then counts are lower bounds). The same input gives the same result: safe to replay.
 */
export function mergeChecks(before: Partial<Omit<Checks, 'priority'>> | undefined, found: Omit<Checks, 'priority'>, limits: CheckLimits): Omit<Checks, 'priority'> {
  const merge = (a: Ref[] = [], b: Ref[]) => {
    const seen = new Set(a.map((r) => r.claimId));
    return [...a, ...b.filter((r) => !seen.has(r.claimId))].slice(0, limits.maxRefs);
  };
  const corroborations = merge(before?.corroborations, found.corroborations);
  const conflicts = merge(before?.conflicts, found.conflicts);
  return {
    corroborations,
    conflicts,
    corroborationCount: Math.max(before?.corroborationCount ?? before?.corroborations?.length ?? 0, found.corroborationCount ?? 0, corroborations.length),
    conflictCount: Math.max(before?.conflictCount ?? before?.conflicts?.length ?? 0, found.conflictCount ?? 0, conflicts.length),
    suggestedVerdict: found.suggestedVerdict ?? before?.suggestedVerdict ?? null,
  };
}
