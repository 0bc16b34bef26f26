import type { Token } from '../text/tokens.ts';
import { lookup, wordClass, wordSet } from '../text/tokens.ts';
import { TRIGGER_KIND } from './lexicon.ts';

/** An attribution in one sentence: the whole phrase [s, e) and its source [ss, se), normalized offsets. */
export interface AttributionHit {
  s: number;
  e: number;
  ss: number;
  se: number;
}

const AR_VERBS = wordSet([
  'قال', 'قالت', 'أكد', 'أكدت', 'ذكر', 'ذكرت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أشار', 'أشارت',
  'أفاد', 'أفادت', 'صرح', 'صرحت', 'نقل', 'نقلت', 'كشف', 'كشفت', 'تابع', 'تابعت', 'أورد', 'أوردت', 'زعم', 'زعمت',
  'اعتبر', 'اعتبرت', 'حذر', 'حذرت', 'نفى', 'نفت', 'نعى', 'نعت', 'أعلنت', 'قالوا', 'أكدوا', 'ذكروا', 'بين', 'بينت', 'لفت', 'لفتت',
  'شدد', 'شددت', 'رجح', 'رجحت', 'قدر', 'قدرت', 'وثق', 'وثقت', 'سجل', 'سجلت', 'روى', 'روت', 'أبلغ', 'أبلغت',
]);
/** "المصدر: وام", "المصدر : رويترز": a source line. */
const AR_SOURCE_LINE = wordSet(['المصدر', 'مصدر', 'المصادر']);
const AR_PREPS = wordSet(['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'طبقا']);
const AR_SKIP = wordSet(['ما', 'ل', 'عن', 'بيان', 'صادر', 'تقرير', 'لاحقا', 'أيضا', 'في']);
const AR_SKIP_VERBS = wordSet(['أعلنت', 'أعلن', 'ذكرت', 'ذكر', 'أفادت', 'أفاد', 'قالت', 'قال', 'أوردت', 'نشرت']);
const AR_STOP = wordSet(['أن', 'إن', 'ان', 'في', 'خلال', 'على', 'عن', 'إلى', 'الى', 'مع', 'بأن', 'بان', 'لاحقا', 'اليوم', 'أمس', 'يوم']);

const EN_VERBS = wordSet([
  'said', 'says', 'told', 'reported', 'reports', 'announced', 'claimed', 'claims', 'stated', 'confirmed', 'warned',
  'added', 'asserts', 'asserted', 'reads', 'read', 'estimated', 'estimates', 'noted', 'insisted', 'denied', 'tweeted',
  'explained', 'stressed', 'quoted', 'wrote', 'posted', 'disclosed', 'revealed', 'acknowledged', 'alleged', 'urged',
  'recalled', 'described', 'testified', 'briefed', 'informed', 'indicated', 'maintained', 'argued', 'declared',
]);
/** Pronouns that can be the source of a statement: "he said", "it said". */
const EN_PRONOUNS = wordSet(['he', 'she', 'they', 'it', 'we', 'i']);
/** Auxiliaries between a subject and its verb: "the ministry has said". */
const EN_AUX = wordSet(['has', 'have', 'had', 'was', 'is', 'were', 'also', 'later', 'however', 'further', 'then']);
const EN_STOP = wordSet(['that', 'and', 'but', 'which', 'who', 'while', 'as', 'because', 'however', 'then', 'when', 'with', 'in', 'on', 'at', 'by', 'from', 'to', 'for', 'after', 'before', 'during', 'than', 'it', 'this', 'he', 'she', 'they', 'we', 'i', 'there', 'were', 'was']);
/** Adverbs between a subject and its verb: "The caption also asserts", "He however said". */
const EN_ADVERBS = wordSet(['also', 'later', 'earlier', 'previously', 'again', 'reportedly', 'separately', 'further', 'officially', 'still', 'however', 'has', 'have', 'had']);
/** "one person reported missing": the verb reports a casualty, it does not attribute one. */
const EN_CASUALTY_AFTER = wordSet(['missing', 'dead', 'killed', 'injured', 'wounded', 'hurt', 'safe', 'detained']);

/** Attributions in one tokenized sentence; extractClaims calls it only for a sentence with a cue word. */
export function scanAttributions(tokens: Token[], english: boolean): AttributionHit[] {
  return english ? english_(tokens) : arabic(tokens);
}
/**
 * The words every attribution rule starts from (both languages: a sentence may quote the other one); a rule that
 * starts from another word must add it here.
 */
export const attributionCue = wordClass((w: string) =>
  w === 'according' || EN_VERBS.contains(w) || AR_VERBS.contains(w) || AR_PREPS.contains(w) || AR_SOURCE_LINE.contains(w));

function arabic(tokens: Token[]): AttributionHit[] {
  const out: AttributionHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !attributionCue(t)) continue;
    if (AR_SOURCE_LINE.contains(t) && tokens[i + 1]?.t === ':' && tokens[i + 2]?.kind === 'word') {
      let last = i + 2;
      while (tokens[last + 1]?.kind === 'word' && last - i < 5) last++;
      out.push({ s: t.s, e: tokens[last].e, ss: tokens[i + 2].s, se: tokens[last].e });
      i = last;
      continue;
    }
    const verb = AR_VERBS.contains(t);
    const prep = !verb && AR_PREPS.contains(t);
    if (!verb && !prep) continue;
    // A verb counts as an attribution where it opens a clause: sentence start, after "و"/"ف" or a comma; after
    // its subject ("حصيلة أولية أفادت"), the subject is the source.
    if (verb && i > 0 && tokens[i - 1].kind === 'word' && !/^[وف]/.test(t.t) && !/^[وف]$/.test(tokens[i - 1].t)) {
      let k = i - 1;
      while (k > 0 && i - k < 3 && tokens[k - 1].kind === 'word' && !AR_STOP.contains(tokens[k - 1]) && !lookup(TRIGGER_KIND, tokens[k - 1])) k--;
      if (!AR_STOP.contains(tokens[k]) && !lookup(TRIGGER_KIND, tokens[i - 1]) && tokens[i - 1].kind === 'word' && tokens[k].t.startsWith('ال')) {
        out.push({ s: tokens[k].s, e: t.e, ss: tokens[k].s, se: tokens[i - 1].e });
      }
      continue;
    }
    let j = i + 1;
    while (tokens[j] && tokens[j].kind === 'word' && (AR_SKIP.contains(tokens[j]) || (prep && AR_SKIP_VERBS.contains(tokens[j])))) j++;
    const start = j;
    let last = -1;
    for (; tokens[j] && j - start < 6; j++) {
      const w = tokens[j];
      if (w.kind === 'punct') {
        if (w.t === '(' || w.t === ')') { last = j; continue; }
        break;
      }
      if (w.kind !== 'word' || (j > start && (AR_STOP.contains(w) || lookup(TRIGGER_KIND, w)))) break;
      last = j;
    }
    if (last < start) continue;
    if (tokens[last].t === '(') last--;
    // "وفقا لمصادر طبية": the source starts after the preposition's ل.
    const lam = prep && /^ل[^ل]{3,}/.test(tokens[start].t) ? 1 : 0;
    out.push({ s: t.s, e: tokens[last].e, ss: tokens[start].s + lam, se: tokens[last].e });
    i = last;
  }
  return out;
}

function english_(tokens: Token[]): AttributionHit[] {
  const out: AttributionHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !attributionCue(t)) continue;
    if (t.t === 'according' && tokens[i + 1]?.t === 'to') {
      let j = i + 2;
      const start = j;
      let last = -1;
      for (; tokens[j] && tokens[j].kind === 'word' && j - start < 6 && !EN_STOP.contains(tokens[j]); j++) last = j;
      if (last >= start) out.push({ s: t.s, e: tokens[last].e, ss: tokens[start].s, se: tokens[last].e });
      continue;
    }
    if (!EN_VERBS.contains(t) || (tokens[i + 1] && EN_CASUALTY_AFTER.contains(tokens[i + 1]))) continue;
    // "X said": the subject is the noun phrase right before the verb (capitalized or not), up to 6 words.
    let k = i - 1;
    while (k >= 0 && EN_ADVERBS.contains(tokens[k])) k--;
    const verbAt = k + 1;
    if (tokens[k] && EN_PRONOUNS.contains(tokens[k])) {
      out.push({ s: tokens[k].s, e: t.e, ss: tokens[k].s, se: tokens[k].e });
      continue;
    }
    // "Rahmi Dogan, the governor of Hatay, announced": the name before an apposition between commas.
    if (tokens[k]?.t === ',') {
      const open = tokens.findLastIndex((x, j) => j < k && j >= k - 14 && x.t === ',');
      let s = open - 1;
      while (s >= 0 && open - s <= 5 && tokens[s].kind === 'word' && !EN_STOP.contains(tokens[s])) s--;
      if (open > 0 && s + 1 < open) {
        out.push({ s: tokens[s + 1].s, e: t.e, ss: tokens[s + 1].s, se: tokens[open - 1].e });
        continue;
      }
    }
    let first = -1;
    for (; k >= 0 && verbAt - k <= 6; k--) {
      const w = tokens[k];
      if (w.kind !== 'word' || EN_STOP.contains(w) || /^(was|were|is|are|had|has|have)$/.test(w.t)) break;
      first = k;
    }
    if (first >= 0) {
      out.push({ s: tokens[first].s, e: t.e, ss: tokens[first].s, se: tokens[verbAt - 1].e });
      continue;
    }
    // "said the ministry": the subject after the verb.
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && /^(the|a)$/.test(next.t) && tokens[i + 2]?.kind === 'word') {
      let j = i + 2;
      let last = -1;
      for (; tokens[j] && tokens[j].kind === 'word' && j - i < 6 && !EN_STOP.contains(tokens[j]); j++) last = j;
      if (last > 0) out.push({ s: t.s, e: tokens[last].e, ss: next.s, se: tokens[last].e });
    }
  }
  return out;
}
