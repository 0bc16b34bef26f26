/**
 * Constructions a trial user met (/work/notes/trial7.md, findings 2, 3, 5, 7, 8, 10, 33, 35), fixed as constructions:
 * one table per construction, in both languages where it exists, with sentences written for this test.
 * [kind, min, max, qualifier] of each count in order; [] where no number is a casualty count.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';
import { checkCounts, type CountRow } from '../support/extract.ts';

type Row = CountRow;
const check = checkCounts;

describe('taking people by force is an abduction: seized, snatched, taken hostage or captive', () => {
  it.each<Row>([
    ['Gunmen seized two engineers at a checkpoint on Monday.', [['missing', 2, 2, 'exact']]],
    ['Pirates seized 12 sailors near the coast, the navy said.', [['missing', 12, 12, 'exact']]],
    ['Armed men snatched nine passengers from a minibus.', [['missing', 9, 9, 'exact']]],
    ['At least 20 villagers were taken hostage during the raid.', [['missing', 20, null, 'at_least']]],
    ['Three nurses were taken captive by the militia.', [['missing', 3, 3, 'exact']]],
    // Suspects seized are arrested; things seized are no casualty.
    ['Police seized 4 suspects after the robbery.', [['arrested', 4, 4, 'exact']]],
    ['Troops seized 12 rifles and 300 rounds of ammunition.', []],
    ['Customs officers seized 2 trucks at the border.', []],
    ['A thief snatched 3 phones from a stall.', []],
  ])('en: %s', check('en'));
});

/** The victims' group of each casualty claim, in order. */
const groups = (text: string, language: 'ar' | 'en') =>
  extractClaims(text, { language, publishedAt: '2024-03-02' }).flatMap((c) => (c.casualty ? [[c.casualty.kind, c.casualty.min, c.casualty.group]] : []));

describe('the group of a count: the people it names, wherever they stand', () => {
  it.each<[string, unknown[]]>([
    // The victims' noun before "victims", the subject the count completes.
    ['The civilian victims numbered 23, the mayor said.', [['killed', 23, 'civilian victims']]],
    ['The student victims were 7, according to the school.', [['killed', 7, 'student victims']]],
    // A predicate as an adjective before the people it names ("more" stays: the desk reads it as an addition).
    ['Divers are looking for 6 missing fishermen.', [['missing', 6, 'fishermen']]],
    ['Medics treated 14 injured pilgrims at the site.', [['injured', 14, 'pilgrims']]],
    // ("more bodies": the bodies are named with the addition; check.ts still never compares it, test/unit/check.test.ts.)
    ['Searchers recovered three more bodies on Sunday.', [['killed', 3, 'more bodies']]],
  ])('en: %s', (text, expected) => expect(groups(text, 'en')).toEqual(expected));
  it.each<[string, unknown[]]>([
    // A clause describing the victims (a negation, a verb) is not their name.
    ['وأفاد المصدر بأن 4 بحارة لا يزالون في عداد المفقودين.', [['missing', 4, 'بحارة']]],
    ['واعتقلت قوات الأمن 7 أشخاص يشتبه بتورطهم في السرقة.', [['arrested', 7, 'أشخاص']]],
    ['وأصيب 5 عمال يعملون في المصنع.', [['injured', 5, 'عمال']]],
    ['وقتل 3 جنود كانوا في نقطة تفتيش.', [['killed', 3, 'جنود']]],
    ['وقتل 3 مدنيين يمنيين في القصف.', [['killed', 3, 'مدنيين يمنيين']]],
    // The dual of a body noun: its complement is the group; kin joined by "و" keep no "و".
    ['وانتشل الغواصون جثتي صيادين من البحر.', [['killed', 2, 'صيادين']]],
    ['وتوفي مزارع وطفلاه في الحادث.', [['killed', 1, 'مزارع'], ['killed', 2, 'طفلاه']]],
    ['وقتل رجل وابنه بقصف على المنزل.', [['killed', 1, 'رجل'], ['killed', 1, 'ابنه']]],
  ])('ar: %s', (text, expected) => expect(groups(text, 'ar')).toEqual(expected));
});

describe('water carrying off what it names: houses and vehicles destroyed, people missing (Arabic جرف, as "washed away")', () => {
  it.each<Row>([
    ['وجرفت السيول 9 منازل طينية في القرية.', [['destroyed', 9, 9, 'exact']]],
    ['وجرف الفيضان 11 سيارة كانت متوقفة في الوادي.', [['destroyed', 11, 11, 'exact']]],
    ['وجرفت المياه 6 منازل وسيارتين.', [['destroyed', 6, 6, 'exact'], ['destroyed', 2, 2, 'exact']]],
    ['وجرفت السيول 4 أطفال كانوا يلعبون قرب الوادي.', [['missing', 4, 4, 'exact']]],
    // What water carries off that is no building, vehicle or person: no tally.
    ['وجرفت الأمطار 50 دونما من الأراضي الزراعية.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The river washed away 9 mud houses.', [['destroyed', 9, 9, 'exact']]],
    ['Four children were washed away by the flood.', [['missing', 4, 4, 'exact']]],
  ])('en: %s', check('en'));
  it('a vehicle joined by "و" keeps no "و" in its group', () => {
    expect(groups('وجرفت المياه 6 منازل وسيارتين.', 'ar')).toEqual([['destroyed', 6, 'منازل'], ['destroyed', 2, 'سيارتين']]);
  });
});

/** The source of each claim's attribution, in order ("" for none). */
const sources = (text: string) => extractClaims(text, { language: 'en', publishedAt: '2024-03-02' }).map((c) => c.attribution?.source ?? '');

describe('the agent after "by" is the source: of a passive verb of saying, and of records "according to"', () => {
  it.each<[string, string[]]>([
    ['The deaths of 6 climbers were confirmed by the regional police chief.', ['the regional police chief']],
    ['Eleven deaths have been reported by state media.', ['state media']],
    ['The toll of 30 was announced by the health ministry on Friday.', ['the health ministry', 'the health ministry']],
    ['At least 14 people died, according to figures released by the Health Ministry.', ['the Health Ministry']],
    ['According to data compiled by the World Health Organization, 300 people died.', ['the World Health Organization']],
    // No saying, or a pronoun: no source from "by".
    ['Five people were killed by the blast.', ['']],
    ['The toll of 8 was confirmed by them.', ['']],
  ])('en: %s', (text, expected) => expect(sources(text)).toEqual(expected));
});

describe('Arabic: taking captive (أسرت، أسروا، يأسر) is an abduction, as خطف and اختطف are', () => {
  it.each<Row>([
    ['وأسرت الجماعة المسلحة 8 صيادين قبالة الساحل.', [['missing', 8, 8, 'exact']]],
    ['وقال شهود إن المهاجمين أسروا 5 رعاة من القرية.', [['missing', 5, 5, 'exact']]],
    ['واختطف مسلحون 3 مهندسين قرب الحدود.', [['missing', 3, 3, 'exact']]],
    // "أسر" alone is also "families".
    ['ونزحت 6 أسر من الحي بعد القصف.', [['displaced', 6, 6, 'exact']]],
  ])('ar: %s', check('ar'));
  it('a place after the victims is no part of their group', () => {
    expect(groups('وأسرت الجماعة المسلحة 8 صيادين قبالة الساحل.', 'ar')).toEqual([['missing', 8, 'صيادين']]);
    expect(groups('واختطف مسلحون 3 مهندسين قرب الحدود.', 'ar')).toEqual([['missing', 3, 'مهندسين']]);
  });
});
