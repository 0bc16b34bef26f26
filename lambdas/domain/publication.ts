/**
 * Publishing a verdict (DESIGN.md section 9): what is published is a snapshot of public fields only,
 * taken when an editor publishes. The reviewer's internal note and identities are never copied into it,
 * so nothing rendered from it (page, ClaimReview, feed, sitemap) can carry them.
 */
import type { Claim } from './extract/index.ts';
import { ownSentenceDate } from './check.ts';
import type { Article, StoredClaim, Verdict, VerdictVersion } from './model.ts';

export type PublicationEvent = 'published' | 'withdrawn';

/** An entry of a claim's history besides its verdicts: who published or withdrew which version, when. */
export interface PublicationRecord {
  event: PublicationEvent;
  /** The verdict version published (or the one public when withdrawn). */
  version: number;
  /** Order of publication events of one claim, 1, 2, ... (each written once). */
  seq: number;
  editor: string;
  at: string;
}

/**
 * The claim's publication state as the API shows it, with the public fields of the version that is (or
 * was) public when its verdict history is given; null before the first publication.
 */
export function publicationState(records: PublicationRecord[] = [], history: VerdictVersion[] = []) {
  const last = records.at(-1);
  if (!last) return null;
  const v = history.find((h) => h.version === last.version);
  return {
    state: last.event, version: last.version, at: last.at, editor: last.editor,
    ...(v ? { rating: v.rating, publicExplanation: v.publicExplanation ?? '', evidence: v.evidence } : {}),
  };
}
export type PublicationState = NonNullable<ReturnType<typeof publicationState>>;

/** Everything a public page and its ClaimReview show: public fields only. */
export interface PublicReview {
  claimId: string;
  articleId: string;
  /** The article's language, 'ar' or 'en': the page's language and direction. */
  language: 'ar' | 'en';
  claim: Pick<Claim, 'type' | 'text' | 'casualty' | 'date'> & { attribution: string | null };
  /** The sentence the claim was made in, quoted from the published article. */
  quote: string;
  /** The day the claimed event happened (its date in the article, else the article's day), or null. */
  eventDate: string | null;
  rating: string;
  publicExplanation: string;
  evidence: string[];
  verdictVersion: number;
  article: { url: string | null; title: string | null; source: string | null; publishedAt: string | null };
  /** First publication; the last one when republished after a revision. */
  datePublished: string;
  dateModified: string;
  /** Publication sequence number this snapshot was written by (writes are monotonic in it). */
  seq: number;
}

export const pageLanguage = (language: string | null | undefined): 'ar' | 'en' => (language === 'ar' ? 'ar' : 'en');

export function snapshotOf(input: {
  article: Pick<Article, 'articleId' | 'language' | 'url' | 'title' | 'source' | 'publishedAt' | 'text'>;
  claim: StoredClaim;
  verdict: Verdict;
  version: number;
  eventDate: string | null;
  at: string;
  seq: number;
  previous?: Pick<PublicReview, 'datePublished'> | null;
}): PublicReview {
  const { article, claim, verdict } = input;
  return {
    claimId: claim.claimId,
    articleId: article.articleId,
    language: pageLanguage(article.language ?? claim.language),
    claim: {
      type: claim.type,
      text: claim.text,
      ...(claim.casualty ? { casualty: claim.casualty } : {}),
      ...(claim.date ? { date: claim.date } : {}),
      attribution: claim.attribution?.source ?? null,
    },
    quote: article.text.slice(claim.sentence.start, claim.sentence.end).trim(),
    eventDate: input.eventDate,
    rating: verdict.rating,
    publicExplanation: verdict.publicExplanation ?? '',
    evidence: [...verdict.evidence],
    verdictVersion: input.version,
    article: { url: article.url, title: article.title, source: article.source, publishedAt: article.publishedAt },
    datePublished: input.previous?.datePublished ?? input.at,
    dateModified: input.at,
    seq: input.seq,
  };
}

// ---- the claim stated in words ----------------------------------------------------------------------

const KIND = {
  en: { killed: 'killed', injured: 'injured', missing: 'missing', displaced: 'displaced', arrested: 'arrested', destroyed: 'destroyed' },
  ar: { killed: 'مقتل', injured: 'إصابة', missing: 'فقدان', displaced: 'نزوح', arrested: 'اعتقال', destroyed: 'تدمير' },
} as const;

/** Vague amounts as the conventions write them (DESIGN.md section 4). */
const VAGUE: [number, number, string, string][] = [
  [24, 99, 'Dozens of', 'عشرات'], [200, 999, 'Hundreds of', 'مئات'], [2000, 9999, 'Thousands of', 'آلاف'],
  [20000, 99999, 'Tens of thousands of', 'عشرات الآلاف من'],
];

function amount(c: NonNullable<Claim['casualty']>, lang: 'ar' | 'en'): string {
  const { min, max, qualifier } = c;
  const ar = lang === 'ar';
  switch (qualifier) {
    case 'exact': return `${min}`;
    case 'at_least': return ar ? `ما لا يقل عن ${min}` : `At least ${min}`;
    case 'more_than': return ar ? `أكثر من ${min}` : `More than ${min}`;
    case 'at_most': return ar ? `ما لا يزيد على ${max}` : `Up to ${max}`;
    case 'approx': return ar ? `نحو ${min}` : `About ${min}`;
    case 'vague': {
      const v = VAGUE.find(([lo, hi]) => lo === min && hi === max);
      if (v) return ar ? v[3] : v[2];
      return ar ? `بين ${min ?? '؟'} و${max ?? '؟'}` : `Between ${min ?? '?'} and ${max ?? '?'}`;
    }
    default: return ar ? `بين ${min ?? '؟'} و${max ?? '؟'}` : `Between ${min ?? '?'} and ${max ?? '?'}`;
  }
}

/** "27 February 2020" / "27 شباط/فبراير 2020": a day in words, Latin digits in both languages. */
export function dayInWords(iso: string, lang: 'ar' | 'en'): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

function daysInWords(values: { from: string; to: string }[], lang: 'ar' | 'en'): string {
  const one = (v: { from: string; to: string }) => (v.from === v.to ? dayInWords(v.from, lang)
    : lang === 'ar' ? `بين ${dayInWords(v.from, lang)} و${dayInWords(v.to, lang)}` : `between ${dayInWords(v.from, lang)} and ${dayInWords(v.to, lang)}`);
  return values.map(one).join(lang === 'ar' ? ' أو ' : ' or ');
}

/**
 * The claim itself in a sentence, in the article's language: its value, kind, group and date, not the
 * whole sentence it came from ("33 Turkish soldiers killed on 27 February 2020", "مقتل 33 جندياً تركياً في ...").
 */
export function statementOf(review: Pick<PublicReview, 'claim' | 'eventDate' | 'language'>): string {
  const lang = review.language;
  const { claim } = review;
  if (claim.casualty) {
    const c = claim.casualty;
    const count = amount(c, lang);
    const group = c.group.trim();
    const when = review.eventDate ? (lang === 'ar' ? ` في ${dayInWords(review.eventDate, lang)}` : ` on ${dayInWords(review.eventDate, lang)}`) : '';
    if (lang === 'ar') return `${KIND.ar[c.kind]} ${count}${group ? ` ${group}` : ''}${when}`;
    return `${count}${group ? ` ${group}` : ''} ${KIND.en[c.kind]}${when}`;
  }
  if (claim.date?.values.length) {
    const days = daysInWords(claim.date.values, lang);
    return lang === 'ar' ? `التاريخ: ${days} («${claim.text.trim()}»)` : `Dated ${days} (“${claim.text.trim()}”)`;
  }
  return claim.text.trim();
}

/**
 * The day the claimed event happened, as the public statement of the claim gives it: a date in the claim's own
 * sentence, else none. A date from another sentence, the match key's or the article's day would state what the
 * article did not say of these victims ("The child victims numbered 11" after a sentence dated Wednesday about miners).
 * `others`: the article's claims (its date claims are enough).
 */
export function eventDayOf(claim: StoredClaim, others: StoredClaim[]): string | null {
  if (claim.type !== 'casualty') return null;
  return ownSentenceDate(claim, others) ?? null;
}

/**
 * The claim as its published fact-check will state it (ClaimReview `claimReviewed`, the public page's title), by the
 * rule publishing uses (eventDayOf, statementOf): what `GET /claims/{id}` shows as `publicStatement`, so an editor
 * reads it before publishing. `others`: the article's claims (its date claims are enough).
 */
export function publicStatementOf(article: { language?: string | null }, claim: StoredClaim, others: StoredClaim[]): string {
  return statementOf({
    language: pageLanguage(article.language ?? claim.language),
    eventDate: eventDayOf(claim, others),
    claim: { type: claim.type, text: claim.text, casualty: claim.casualty, date: claim.date, attribution: claim.attribution?.source ?? null },
  });
}
