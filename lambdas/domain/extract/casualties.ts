import type { Token } from '../text/tokens.ts';
import { inSet, lookup } from '../text/tokens.ts';
import { qualifyAfter, readQuantity, startsNumber, type Quantity, type Qualifier } from '../numbers/quantity.ts';
import { numberWord as numberWordOf } from '../numbers/words.ts';
import {
  AGE_OR_TIME_BEFORE, ANAPHORA_SAME, ASIDE, BREAKS, BY_GROUP, DUAL_VICTIMS, EQUIPMENT, SINGLE_VICTIMS, GROUP_STOP, LIST_GLUE, NOT_VICTIMS, TOLL, TRIGGER_KIND,
  type CasualtyKind,
} from './lexicon.ts';
import { isMonthWord } from './dates.ts';

/** A casualty found in one sentence; offsets are normalized-text offsets. */
export interface CasualtyHit {
  s: number;
  e: number;
  kind: CasualtyKind;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  group: { s: number; e: number } | null;
}

const LEFT_WINDOW = 4;
const RIGHT_WINDOW = 5;
const TOLL_WINDOW = 9;

function triggerKind(tok: Token | undefined): CasualtyKind | undefined {
  if (!tok || tok.kind !== 'word') return undefined;
  return lookup(TRIGGER_KIND, tok) ?? (inSet(BY_GROUP, tok) ? 'killed' : undefined);
}

/** "the elimination of 55 tanks": a trigger that depends on its victim becomes "destroyed" for equipment. */
function kindForGroup(kind: CasualtyKind, trigger: Token | undefined, tokens: Token[], group: { s: number; last: number } | null): CasualtyKind {
  if (!trigger || !inSet(BY_GROUP, trigger) || !group) return kind;
  for (let k = group.last; k >= 0 && tokens[k].s >= group.s; k--) if (inSet(EQUIPMENT, tokens[k])) return 'destroyed';
  return kind;
}

/** The casualty kind of a death toll phrase ("death toll", "حصيلة القتلى", "number of those injured"). */
function tollKind(tokens: Token[], at: number): CasualtyKind {
  for (const k of [at - 1, at + 1, at + 2, at + 3]) {
    const kind = triggerKind(tokens[k]);
    if (kind) return kind;
  }
  return 'killed';
}

function isYearLike(tokens: Token[], q: Quantity): boolean {
  const t = tokens[q.first];
  if (q.first !== q.last || t.kind !== 'num' || !/^(19|20)\d\d$/.test(t.t)) return false;
  const before = tokens[q.first - 1];
  const after = tokens[q.last + 1];
  // "the 2011 uprising", "2011's war": a year used as a name.
  if (before?.t === 'the' || after?.t === "'s" || after?.t === 's') return true;
  return !after || after.kind === 'punct' || (!!before && (isMonthWord(before) || inSet(AGE_OR_TIME_BEFORE, before) || inSet(BREAKS, before)));
}

/** Why a number cannot be a casualty count: it is part of a date, an age, a time, a measure. */
function excluded(tokens: Token[], q: Quantity, norm: string): boolean {
  const next = tokens[q.last + 1];
  const prev = tokens[q.first - 1];
  if (next && (next.kind === 'punct' && (next.t === '%' || next.t === '٪'))) return true;
  if (next && next.kind === 'word' && (isMonthWord(next) || inSet(NOT_VICTIMS, next))) return true;
  if (next && next.kind === 'word' && /^(أو|او|or|و|and|-)$/.test(next.t) && tokens[q.last + 3] && isMonthWord(tokens[q.last + 3])) return true;
  if (prev && prev.kind === 'word' && (isMonthWord(prev) || inSet(AGE_OR_TIME_BEFORE, prev))) return true;
  if (tokens[q.last].kind === 'num' && /^[:\/]\d/.test(norm.slice(tokens[q.last].e, tokens[q.last].e + 2))) return true;
  if (next && next.kind === 'word' && /^(في|in)$/.test(next.t) && /^(المئة|المائة|مئة|المية)$/.test(tokens[q.last + 2]?.t ?? '')) return true;
  if (next && /^(year|years)$/.test(next.t) && tokens[q.last + 2]?.t === 'old') return true;
  return isYearLike(tokens, q);
}

/** Victim group: the noun phrase after the count, up to three words, stopping at verbs and prepositions. */
function groupAfter(tokens: Token[], from: number, english: boolean): { s: number; e: number; last: number } | null {
  let i = from;
  if (tokens[i] && /^(of|من)$/.test(tokens[i].t)) i++;
  if (english && tokens[i] && /^(the|those|them)$/.test(tokens[i].t)) i++;
  const start = i;
  let last = -1;
  for (let n = 0; n < 3 && tokens[i]; n++, i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || inSet(GROUP_STOP, t) || triggerKind(t) || startsNumber(tokens, i)) break;
    if (!english && n > 0 && /^[بل]/.test(t.t) && !/^ال/.test(t.t) && n >= 1 && /^ب/.test(t.t)) break; // "بقصف"
    last = i;
  }
  return last >= start ? { s: tokens[start].s, e: tokens[last].e, last } : null;
}

interface Found {
  q: Quantity;
  kind: CasualtyKind;
  trigger: number;
  group: { s: number; e: number; last: number } | null;
}

/** Finds casualty counts in one tokenized sentence. */
export function findCasualties(tokens: Token[], norm: string, english: boolean, dates: { s: number; e: number }[] = []): CasualtyHit[] {
  const found: Found[] = [];
  const used = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const implicit = used.has(i) ? undefined : implicitCount(tokens, i, english);
    if (implicit) {
      // "عثر على جثتين": a word that counts and names the casualty at once.
      const own = triggerKind(tokens[i]);
      const kindAndTrigger = own ? { kind: own, trigger: i } : classify(tokens, implicit, i);
      if (kindAndTrigger) found.push({ q: implicit, kind: kindAndTrigger.kind, trigger: kindAndTrigger.trigger, group: { s: tokens[i].s, e: tokens[i].e, last: i } });
      used.add(i);
      i++;
      continue;
    }
    if (!startsNumber(tokens, i) || used.has(i)) {
      // "وأصيب مثلهم": as many again as the count just before.
      if (found.length && tokens[i].kind === 'word' && ANAPHORA_SAME.has(tokens[i].t)) {
        const kind = triggerKind(tokens[i - 1]);
        const prev = found[found.length - 1];
        if (kind) {
          found.push({ q: { ...prev.q, first: i, last: i }, kind, trigger: i - 1, group: null });
        }
      }
      i++;
      continue;
    }
    const q = readQuantity(tokens, i, norm);
    const inDate = dates.some((d) => tokens[i].s >= d.s && tokens[i].s < d.e);
    if (!q || inDate || excluded(tokens, q, norm)) {
      i = q ? Math.max(q.last + 1, i + 1) : i + 1;
      continue;
    }
    const numberStart = i;
    const kindAndTrigger = classify(tokens, q, numberStart);
    const group = groupAfter(tokens, q.last + 1, english);
    if (group) Object.assign(q, qualifyAfter(tokens, group.last + 1, q));
    if (kindAndTrigger) {
      const kind = kindForGroup(kindAndTrigger.kind, tokens[kindAndTrigger.trigger], tokens, group);
      found.push({ q, kind, trigger: kindAndTrigger.trigger, group });
    } else {
      // An enumeration after a casualty: "destroyed 130 pieces, including 55 tanks, 39 vehicles and three helicopters".
      const prev = found[found.length - 1];
      if (prev && listContinues(tokens, prev, q)) found.push({ q, kind: prev.kind, trigger: -1, group });
    }
    for (let k = q.first; k <= q.last; k++) used.add(k);
    i = q.last + 1;
  }
  return found.map((f) => {
    const idx = [f.q.first, f.q.last];
    if (f.trigger >= 0) idx.push(f.trigger);
    if (f.group) idx.push(f.group.last);
    const s = tokens[Math.min(...idx)].s;
    const e = tokens[Math.max(...idx)].e;
    return { s, e, kind: f.kind, min: f.q.min, max: f.q.max, qualifier: f.q.qualifier, group: f.group ? { s: f.group.s, e: f.group.e } : null };
  });
}

/** "مقتل وإصابة 20 شخصاً": one count for two kinds says neither; no claim is better than a wrong kind. */
function joinedKinds(tokens: Token[], trigger: number): boolean {
  const t = tokens[trigger];
  const prev = tokens[trigger - 1];
  const next = tokens[trigger + 1];
  if (/^و/.test(t.t) && prev && triggerKind(prev) && triggerKind(prev) !== triggerKind(t)) return true;
  if (next && /^و/.test(next.t) && triggerKind(next) && triggerKind(next) !== triggerKind(t) && tokens[trigger + 2]?.kind !== 'word') return true;
  return (prev?.t === 'and' || prev?.t === 'or') && !!triggerKind(tokens[trigger - 2]) && triggerKind(tokens[trigger - 2]) !== triggerKind(t);
}

function classify(tokens: Token[], q: Quantity, numberStart: number): { kind: CasualtyKind; trigger: number } | undefined {
  let left: { kind: CasualtyKind; trigger: number; d: number } | undefined;
  let crossed = 0; // "killed and a hundred fled": a trigger across "and" more likely belongs to the clause before
  for (let k = q.first - 1, d = 1; k >= 0 && d <= TOLL_WINDOW; k--, d++) {
    const t = tokens[k];
    if (t.t === '"') {
      d--;
      continue;
    }
    if (t.kind === 'punct' || (t.kind === 'num' && k < numberStart)) break;
    const kind = triggerKind(t);
    // "14 deaths and said another 30", "14 حالة وفاة ونقل 30": words after "and" start another clause, so
    // a trigger before it is not this count's ("killed 12 and 30 wounded" keeps its own right trigger).
    if (t.t === 'and' || t.t === 'و' || t.t === 'or') {
      if (k < q.first - 1) break;
      crossed = 2;
    } else if (!kind && t.kind === 'word' && /^و../.test(t.t) && !numberWordOf(t)) break;
    if (kind && d <= LEFT_WINDOW) {
      if (joinedKinds(tokens, k)) return undefined;
      left = { kind, trigger: k, d: d + crossed };
      break;
    }
    if (inSet(TOLL, t) && (t.t !== 'number' && t.t !== 'عدد' ? true : !!triggerKind(tokens[k + 1]) || !!triggerKind(tokens[k + 2]) || !!triggerKind(tokens[k + 3]))) {
      left = { kind: tollKind(tokens, k), trigger: k, d };
      break;
    }
    if (d <= LEFT_WINDOW && inSet(BREAKS, t)) break;
  }
  let right: { kind: CasualtyKind; trigger: number; d: number } | undefined;
  for (let k = q.last + 1, d = 1; k < tokens.length && d <= RIGHT_WINDOW; k++, d++) {
    const t = tokens[k];
    if (t.t === '"') {
      d--;
      continue;
    }
    if (t.kind === 'punct') {
      // ", including four children," between the count and its verb: step over the aside.
      const close = /^[,،]$/.test(t.t) && tokens[k + 1] && inSet(ASIDE, tokens[k + 1]) ? tokens.findIndex((x, j) => j > k + 1 && j <= k + 10 && /^[,،]$/.test(x.t)) : -1;
      if (close < 0) break;
      k = close;
      d--;
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'num') break;
    if (d > 1 && startsNumber(tokens, k)) {
      // "seven soldiers and two civilians were wounded": the verb after a coordinated count is shared.
      const conj = tokens[k - 1];
      const other = conj && (conj.t === 'and' || conj.t === 'و') ? readQuantity(tokens, k, '') : undefined;
      if (!other) break;
      k = other.last;
      while (tokens[k + 1]?.kind === 'word' && !triggerKind(tokens[k + 1]) && !inSet(GROUP_STOP, tokens[k + 1]) && k - other.last < 3) k++;
      d = Math.max(1, d - 1);
      continue;
    }
    if (t.kind === 'num') break;
    const kind = triggerKind(t);
    if (kind) {
      if (joinedKinds(tokens, k)) return undefined;
      right = { kind, trigger: k, d };
      break;
    }
    if (inSet(BREAKS, t) && !/^(في|in)$/.test(t.t)) break;
  }
  if (left && right) return left.d <= right.d ? left : right;
  return left ?? right;
}

/**
 * Counts written without a number: a dual victim noun is two ("مقتل طفلين"), and one unnamed victim is one
 * when a trigger names it ("مقتل شخص", "قتل جندي", "a policeman was killed").
 */
function implicitCount(tokens: Token[], i: number, english: boolean): Quantity | undefined {
  const t = tokens[i];
  if (t.kind !== 'word') return undefined;
  if (!english && inSet(DUAL_VICTIMS, t)) return { first: i, last: i, min: 2, max: 2, qualifier: 'exact' };
  if (!inSet(SINGLE_VICTIMS, t) || startsNumber(tokens, i + 1)) return undefined;
  if (english) {
    // "a policeman was killed", "a woman has been wounded"
    const article = tokens[i - 1]?.t;
    if (article !== 'a' && article !== 'an') return undefined;
    let k = i + 1;
    while (tokens[k] && /^(was|were|has|have|had|been|reportedly|also)$/.test(tokens[k].t)) k++;
    return k > i + 1 && triggerKind(tokens[k]) ? { first: i - 1, last: i, min: 1, max: 1, qualifier: 'exact' } : undefined;
  }
  // Arabic: an indefinite singular right after the trigger ("مقتل شخص"), not "مقتل الشخص" (named elsewhere).
  const prev = tokens[i - 1];
  if (!prev || !triggerKind(prev) || /^(وال|ال|لل|بال)/.test(t.t)) return undefined;
  return { first: i, last: i, min: 1, max: 1, qualifier: 'exact' };
}

/**
 * A count continues an enumeration of the previous one when only list words stand between them
 * ("130 pieces of hardware, including 55 tanks, 39 vehicles and three helicopters"; "بينهم أربعة أطفال").
 */
function listContinues(tokens: Token[], prev: Found, q: Quantity): boolean {
  const from = Math.max(prev.q.last, prev.group?.last ?? -1, prev.trigger) + 1;
  if (q.first < from || q.first - from > 8) return false;
  let marker = q.first === from;
  let tail = 0; // words that only finish the previous group ("hardware" of "pieces of military hardware")
  for (let k = from; k < q.first; k++) {
    const t = tokens[k];
    if (t.kind === 'num') return false;
    if (t.kind === 'punct') {
      if (!/^[,،:]$/.test(t.t)) return false;
      marker = true;
    } else if (inSet(LIST_GLUE, t)) marker = true;
    else if (marker || ++tail > 3 || inSet(BREAKS, t) || triggerKind(t) || inSet(GROUP_STOP, t)) return false;
  }
  return marker;
}
