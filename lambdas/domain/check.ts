/**
 * Cross-checking (DESIGN.md section 5): a match key per claim, from its type, kind, victim concept
 * (Arabic and English mapped to the same concepts) and event date; then corroborations and conflicts.
 */
import type { Claim } from './extract/index.ts';
import { normalizeWord } from './text/normalize.ts';
import type { Checks, Rating, Ref } from './model.ts';

/** Concept words: plain spelling; Arabic forms match after normalization and clitic stripping. */
const CONCEPTS: [string, string[]][] = [
  ['soldier', ['soldier', 'soldiers', 'troops', 'troop', 'servicemen', 'جندي', 'جنديا', 'جنود', 'الجنود', 'عسكري', 'عسكريين', 'عسكريا']],
  ['civilian', ['civilian', 'civilians', 'مدني', 'مدنيا', 'مدنيين', 'مدنيون', 'المدنيين']],
  ['child', ['child', 'children', 'kids', 'طفل', 'طفلا', 'أطفال', 'الأطفال']],
  ['police', ['police', 'policemen', 'officers', 'شرطي', 'شرطيا', 'الشرطة', 'شرطة', 'رجال']],
  ['regime-forces', ['regime', 'النظام']],
  ['fighter', ['fighters', 'militants', 'rebels', 'مسلح', 'مسلحين', 'مقاتل', 'مقاتلين', 'عناصر']],
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

/** The event date of a claim: the first value of a date claim in the same sentence, else the nearest before it. */
export function eventDate(claim: Claim, all: Claim[]): string | undefined {
  const dates = all.filter((c) => c.type === 'date' && c.date?.values.length === 1 && c.date.values[0].from === c.date.values[0].to);
  const same = dates.filter((d) => d.sentence.start === claim.sentence.start);
  const pick = same.sort((a, b) => Math.abs(a.start - claim.start) - Math.abs(b.start - claim.start))[0];
  return pick?.date?.values[0].from;
}

/**
 * type|kind|concept|day, or null when the claim says too little to be matched safely. The day is the event
 * date from the claim's sentence, else `fallbackDay` (the article's publication day).
 */
export function matchKey(claim: Claim, all: Claim[], fallbackDay?: string): string | null {
  if (claim.type !== 'casualty' || !claim.casualty) return null;
  const concept = groupConcept(claim.casualty.group);
  if (!concept) return null;
  // Undated, it is the same event as a dated mention of the same victims in the same article, if any.
  const sibling = all.find((o) => o !== claim && o.casualty?.kind === claim.casualty!.kind && groupConcept(o.casualty.group) === concept && eventDate(o, all));
  const day = eventDate(claim, all) ?? (sibling && eventDate(sibling, all)) ?? fallbackDay?.slice(0, 10);
  if (!day) return null;
  return ['casualty', claim.casualty.kind, concept, day].join('|');
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

/**
 * Checks every claim of one match-key group against all the others: counts that agree corroborate, counts
 * that differ conflict (within one article too: an article that contradicts itself is flagged), and the
 * latest verdict on a corroborating claim is offered as a suggestion.
 */
export function checkGroup(members: Checkable[]): Map<string, Omit<Checks, 'priority'>> {
  const out = new Map<string, Omit<Checks, 'priority'>>();
  for (const claim of members) {
    const corroborations: Ref[] = [];
    const conflicts: Ref[] = [];
    let suggested: { rating: Rating; fromClaimId: string; at: string } | null = null;
    for (const o of members) {
      if (o.claimId === claim.claimId || !o.casualty || !claim.casualty) continue;
      const ref = { articleId: o.articleId, claimId: o.claimId, min: o.casualty.min, max: o.casualty.max };
      if (countsAgree(claim.casualty, o.casualty)) {
        corroborations.push(ref);
        if (o.verdict && (!suggested || o.verdict.at > suggested.at)) suggested = { rating: o.verdict.rating, fromClaimId: o.claimId, at: o.verdict.at };
      } else conflicts.push(ref);
    }
    out.set(claim.claimId, {
      corroborations,
      conflicts,
      suggestedVerdict: suggested ? { rating: suggested.rating, fromClaimId: suggested.fromClaimId } : null,
    });
  }
  return out;
}
