/** Search terms and postings (lambdas/domain/search.ts): the same canonical form for text and query. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';
import { AR_PERSON_PLURALS, AR_PERSONS } from '../../lambdas/domain/extract/lexicon/ar.ts';
import { normalizeForMatching } from '../../lambdas/domain/text/normalize.ts';
import { ALL_TERM, ARABIC_PLURALS, canonicalTerm, excerptOf, matchedWords, matchesFilter, postingsOf, searchTerms, termsOf, type IndexVersion } from '../../lambdas/domain/search.ts';

const term = (word: string) => termsOf(word).join(' ');

describe('canonical terms', () => {
  it.each([
    ['والمستشفى', 'مستشفي'], // clitics go; normalization reads alef maqsura as ya
    ['بالمستشفى', 'مستشفي'],
    ['والقتلى', 'قتيل'], // a listed broken plural reads as its singular (version 4)
    ['بالقتلى', 'قتيل'],
    ['القتلى', 'قتيل'],
    ['وزارة', 'زاره'],
    ['soldiers', 'soldier'],
    ['Ministries', 'ministri'], // the Porter2 stem, as "ministry" gives
    ['Turkey\'s', 'turkey'],
    ['1,700', '1700'],
  ])('%s -> %s', (word, term) => {
    expect(termsOf(word)).toEqual([term]);
  });

  it('reads Arabic-Indic digits, diacritics and hamza forms as the extractor does', () => {
    expect(termsOf('٣٣ جندياً')).toEqual(termsOf('33 جنديا'));
    expect(termsOf('أعلنت')).toEqual(termsOf('اعلنت'));
  });

  it('drops common words', () => {
    expect(termsOf('the army said in a statement')).toEqual(['armi', 'statement']);
    expect(canonicalTerm('في')).toBeNull();
    expect(termsOf('of the')).toEqual([]);
  });
});

describe('Arabic stems: the forms a fact-checker types find each other', () => {
  // Each row: words that must give one term, whatever form the text or the query holds.
  it.each([
    ['civilian: accusative alef after ي, plurals, dual, feminine', ['مدني', 'مدنياً', 'مدنيا', 'مدنيين', 'المدنيين', 'والمدنيين', 'مدنيون', 'مدنيان', 'مدنية', 'مدنيات', 'مدنيتين']],
    ['soldier (sound forms only)', ['جندي', 'جنديا', 'جندياً', 'جنديين', 'جنديان', 'الجنديين']],
    ['child: the dual in ين and in ان', ['طفل', 'طفلين', 'الطفلين', 'طفلان', 'الطفلان', 'وطفلان']],
    ['wounded: the dual in ان and ين', ['جريح', 'جريحان', 'جريحين', 'الجريحين']],
    ['man: the dual in ان', ['رجل', 'رجلان', 'رجلين']],
    ['person: the dual in ان', ['شخص', 'شخصان', 'شخصين']],
    ['injured: plurals and feminine', ['مصاب', 'مصابين', 'المصابين', 'مصابة', 'مصابون', 'مصابات']],
    ['killed (singular, accusative, dual)', ['قتيل', 'قتيلا', 'قتيلاً', 'قتيلين', 'قتيلان']],
    ['car: feminine, its plural and its dual', ['سيارة', 'سيارات', 'سيارتين', 'سيارتان']],
    ['injury', ['إصابة', 'اصابة', 'إصابات', 'الإصابات', 'بإصابات']],
    ['day and two days', ['يوم', 'يومين', 'يومان', 'يوما', 'يوماً']],
    ['Palestinian', ['فلسطيني', 'فلسطينيين', 'الفلسطينيين', 'فلسطينية', 'فلسطينيون']],
    ['ministry with and without the article (clitics stripped until none is left)', ['وزارة', 'الوزارة', 'بالوزارة', 'والوزارة']],
    ['Palestine after a preposition or a conjunction (left whole, not stemmed)', ['فلسطين', 'بفلسطين', 'وفلسطين', 'لفلسطين']],
    ['a name after a clitic', ['بوتين', 'وبوتين', 'لبوتين', 'ببوتين']],
    ['a place after a clitic', ['باكستان', 'بباكستان', 'وباكستان']],
    ['a place written with the article', ['البحرين', 'بالبحرين', 'للبحرين', 'والبحرين']],
    ['refugee (hamza on ya kept)', ['لاجئ', 'لاجئين', 'اللاجئين', 'لاجئون']],
  ])('%s', (_, words) => {
    const terms = words.map(term);
    expect(new Set(terms).size, `${words.join(' ')} → ${terms.join(' ')}`).toBe(1);
    expect(terms[0]).not.toBe('');
  });

  // Each row: two words a stemmer could wrongly make one (short roots, number words, names, places).
  it.each([
    ['سوريا', 'سوري'], // the country is not its adjective
    ['روسيا', 'روسي'],
    ['عشرين', 'عشرة'], // twenty is not ten
    ['ثلاثين', 'ثلاث'],
    ['أربعين', 'أربع'],
    ['مئتين', 'ميت'], // two hundred is not "dead"
    ['البحرين', 'بحر'], // Bahrain is not the sea
    ['فلسطين', 'فلسطيني'],
    ['زيتون', 'زيت'],
    ['شرطة', 'شرط'], // police is not a condition
    ['دولة', 'دول'],
    ['لبنان', 'لبن'], // -ان is stripped only after a nisba ي
    ['طيران', 'طير'],
    ['عدوان', 'عدو'],
    ['باكستان', 'باكس'],
    ['سلمان', 'سلم'], // names in -ان are not their root
    ['عمران', 'عمر'],
    ['السودان', 'سود'],
    ['بوتين', 'تين'], // clitics are not stripped past a name: Putin is not figs
    ['لبنان', 'بنان'],
    ['سرطان', 'سرط'],
    ['عليا', 'علي'],
  ])('%s stays apart from %s', (a, b) => {
    expect(term(a)).not.toBe(term(b));
    expect(term(a)).not.toBe('');
  });

  it.each([
    ['حسين', 'حسين'], // a stem of two letters is no stem
    ['سجين', 'سجين'],
    ['سرايا', 'سرايا'], // -ايا is a broken plural, not an accusative alef (ضحايا is listed: it reads as ضحية)
    ['قضايا', 'قضايا'],
    ['دنيا', 'دنيا'],
    ['قوات', 'قوات'],
    ['كانون', 'كانون'], // its stem "كان" is a common word, and its ك is no clitic
    ['بوتين', 'بوتين'], // a name: neither ب nor the plural ين goes
    ['ببوتين', 'بوتين'],
    ['بلبنان', 'لبنان'],
  ])('leaves %s whole', (word, expected) => {
    expect(term(word)).toBe(expected);
  });

  it('keeps the terms of versions 1 and 2 for the re-index, which deletes what only they gave', () => {
    expect(termsOf('المدنيين مدنياً', 1)).toEqual(['مدنيين', 'مدنيا']);
    expect(termsOf('المدنيين مدنياً')).toEqual(['مدني']);
    expect(termsOf('بوتين طفلان children killed', 2)).toEqual(['تين', 'طفلان', 'children', 'killed']);
    expect(termsOf('بوتين طفلان children killed')).toEqual(['بوتين', 'طفل', 'child', 'kill']);
  });
});

describe('Arabic broken plurals: the plural finds its singular (version 4)', () => {
  // Each row: words that must give one term (the singular, its broken plural, the plural with clitics).
  it.each([
    ['child', ['طفل', 'الطفل', 'أطفال', 'الأطفال', 'والأطفال', 'بالأطفال', 'للأطفال', 'أطفالاً', 'اطفال']],
    ['soldier', ['جندي', 'جنديين', 'جنود', 'الجنود', 'وجنود', 'لجنود']],
    ['killed (the dead)', ['قتيل', 'قتيلاً', 'قتلى', 'القتلى', 'والقتلى', 'بالقتلى', 'قتلي']],
    ['wounded', ['جريح', 'جريحان', 'جرحى', 'الجرحى', 'والجرحى']],
    ['woman: the plural, and the singular after the article', ['امرأة', 'امرأتان', 'نساء', 'النساء', 'ونساء', 'المرأة', 'للمرأة', 'والمرأة', 'نسوة']],
    ['man', ['رجل', 'رجلين', 'رجال', 'الرجال', 'برجال']],
    ['martyr', ['شهيد', 'الشهيد', 'شهداء', 'الشهداء', 'والشهداء']],
    ['prisoner', ['أسير', 'أسيرين', 'أسرى', 'الأسرى', 'للأسرى']],
    ['house (منزل)', ['منزل', 'منزلاً', 'منزلين', 'منازل', 'المنازل', 'بالمنازل']],
    ['house (بيت): the ب of the plural is no clitic', ['بيت', 'البيت', 'بيوت', 'البيوت', 'وبيوت']],
    ['building', ['مبنى', 'المبنى', 'مباني', 'المباني', 'مبانٍ', 'ومبان']],
    ['member (of a force)', ['عنصر', 'عنصرين', 'عناصر', 'العناصر']],
    ['victim', ['ضحية', 'الضحية', 'ضحايا', 'الضحايا', 'والضحايا']],
    ['person', ['شخص', 'شخصين', 'أشخاص', 'الأشخاص', 'أشخاصاً']],
    ['deaths', ['وفاة', 'الوفاة', 'وفيات', 'الوفيات', 'للوفيات']],
    ['vehicle (آلية)', ['آلية', 'آليات', 'الآليات']],
    ['vehicle (عربة)', ['عربة', 'عربات', 'العربات']],
    ['girl', ['فتاة', 'الفتاة', 'فتيات', 'الفتيات']],
    ['body', ['جثة', 'جثث', 'الجثث']],
    ['hostage', ['رهينة', 'رهائن', 'الرهائن']],
    ['wound', ['جرح', 'جروح', 'بجروح', 'جراح', 'بجراح']],
  ])('%s', (_, words) => {
    const terms = words.map(term);
    expect(new Set(terms).size, `${words.join(' ')} → ${terms.join(' ')}`).toBe(1);
    expect(terms[0]).not.toBe('');
  });

  it.each([
    ['مسلح', 'مسلحون'], ['مصاب', 'مصابون'], ['معتقل', 'معتقلون'], ['مواطن', 'مواطنون'], ['مستشفى', 'مستشفيات'],
  ])('a sound plural still meets its singular: %s, %s', (a, b) => {
    expect(term(a)).toBe(term(b));
  });

  it('gives every plural of the table, bare and after a clitic, its singular\'s term', () => {
    for (const [singular, plurals] of Object.entries(ARABIC_PLURALS)) {
      for (const p of plurals) for (const form of [p, `ال${p}`, `و${p}`, `بال${p}`, `لل${p}`]) expect(term(form), `${form} / ${singular}`).toBe(term(singular));
    }
  });

  it('reads the person plurals the extractor lists as a person noun it lists', () => {
    const persons = new Set([...AR_PERSONS, 'فرد'].map(term));
    // "أحداث" is also "events", and "حدث" (a minor) is a singular.
    for (const p of AR_PERSON_PLURALS.filter((w) => w !== 'حدث' && w !== 'أحداث')) expect(persons.has(term(p)), p).toBe(true);
  });

  // Each row: words a plural table or a pattern stemmer could wrongly make one.
  it.each([
    ['أعمال', 'عمال'], // works, business: not workers
    ['أعمال', 'عامل'],
    ['أحداث', 'حدث'], // events: not a minor
    ['مدافع', 'مدفع'], // also a defender: not listed
    ['أحياء', 'حي'], // also "alive": not listed
    ['أسر', 'أسرة'], // captivity, and families: not listed
    ['أسرى', 'أسر'],
    ['قتلى', 'قتلوا'], // the dead, not the verb
    ['قتلى', 'قتل'],
    ['جرحى', 'جرح'], // the wounded, not a wound
    ['عربات', 'عرب'], // vehicles, not Arabs (the stem made them one before version 4)
    ['فتيات', 'فتى'], // girls, not a boy (the same)
    ['وفيات', 'آليات'], // deaths, not vehicles (both gave "يات" before)
    ['الأهالي', 'الأهلية'], // residents, not civil ("الحرب الأهلية")
    ['عناصر', 'عنصري'], // members, not racist
    ['مراكز', 'المركزي'], // centres, not central (the central bank)
    ['الشهداء', 'شهد'], // martyrs, not witnessed
    ['الضحايا', 'الضحى'], // victims, not the forenoon
    ['سكان', 'سكن'], // residents, not housing
    ['أطفال', 'طفلة'], // a girl stays the feminine
  ])('%s stays apart from %s', (a, b) => {
    expect(term(a)).not.toBe(term(b));
    expect(term(a)).not.toBe('');
    expect(term(b)).not.toBe('');
  });

  it('finds a claim in the singular by the plural and one in the plural by the singular', () => {
    const singular = termsOf('قال الدفاع المدني إن قتيلاً سقط وأصيب طفل وامرأة بجروح في قصف على البيت.');
    const plural = termsOf('أعلنت وزارة الصحة أن عدد القتلى بلغ 12 بينهم 5 أطفال و3 نساء، ودمر القصف بيوتاً.');
    for (const q of ['قتلى', 'القتلى', 'أطفال', 'للأطفال', 'نساء', 'النساء', 'بيوت', 'جروح']) {
      expect(searchTerms(q, {}).every((t) => singular.includes(t)), q).toBe(true);
    }
    for (const q of ['قتيل', 'القتيل', 'طفل', 'الطفلين', 'امرأة', 'المرأة', 'بيت', 'البيت']) {
      expect(searchTerms(q, {}).every((t) => plural.includes(t)), q).toBe(true);
    }
    expect(searchTerms('جنود', {}).some((t) => plural.includes(t) || singular.includes(t))).toBe(false);
  });

  it('keeps the terms versions 1, 2 and 3 gave (the re-index deletes them by computing them again)', () => {
    // Written by main at 7b7b3b1, before version 4: every word of the table, bare and with clitics.
    const before = JSON.parse(readFileSync(join(import.meta.dirname, 'search-terms-before-v4.json'), 'utf8')) as { words: [string, ...(string | null)[]][] };
    expect(before.words.length).toBeGreaterThan(500);
    for (const [word, ...terms] of before.words) {
      const norm = normalizeForMatching(word).norm;
      expect([1, 2, 3].map((v) => canonicalTerm(norm, v as IndexVersion)), word).toEqual(terms);
    }
    // And the plural table changes them in version 4 only.
    expect(termsOf('الأطفال والقتلى بيوت', 3)).toEqual(['اطفال', 'قتلي', 'يوت']);
    expect(termsOf('الأطفال والقتلى بيوت')).toEqual(['طفل', 'قتيل', 'بيت']);
  });
});

describe('English stems: plurals, verb forms and irregular plurals find each other', () => {
  it.each([
    ['child', ['child', 'children', "child's", 'children’s']],
    ['kill', ['kill', 'killed', 'kills', 'killing', 'killings']],
    ['soldier', ['soldier', 'soldiers', "soldiers'"]],
    ['injury', ['injured', 'injuries', 'injury', 'injuring']],
    ['civilian', ['civilian', 'civilians', 'Civilians']],
    ['woman', ['woman', 'women']],
    ['man', ['man', 'men']],
    ['gunman', ['gunman', 'gunmen']],
    ['life', ['life', 'lives']],
    ['detained', ['detained', 'detainee', 'detainees']],
    ['airstrike', ['airstrike', 'airstrikes']],
    ['air-strike (each part of a hyphenated word)', ['air-strike', 'air-strikes', 'Air-Strikes']],
  ])('%s', (_, words) => {
    const terms = words.map(term);
    expect(new Set(terms).size, `${words.join(' ')} → ${terms.join(' ')}`).toBe(1);
    expect(terms[0]).not.toBe('');
  });

  // The stemmer's over-reach in the words of news, kept apart.
  it.each([
    ['news', 'new'],
    ['Hamas', 'Hama'],
    ['officers', 'office'],
    ['United', 'units'],
    ['executives', 'executed'],
    ['relatives', 'related'],
    ['stated', 'states'],
    ['positive', 'position'],
    ['people', 'person'],
    ['dead', 'died'],
    ['several', 'severely'],
    ['department', 'departed'],
    ['international', 'internal'],
    ['evening', 'even'],
  ])('%s stays apart from %s', (a, b) => {
    expect(term(a)).not.toBe(term(b));
    expect(term(a)).not.toBe('');
  });

  it('gives a sentence and a query in other forms the same terms', () => {
    const text = termsOf('Two children and a woman were killed and 14 soldiers injured when the shelling hit civilians.');
    expect(text).toEqual(['two', 'child', 'woman', 'kill', '14', 'soldier', 'injur', 'when', 'shell', 'hit', 'civilian']);
    for (const q of ['child killings', 'women', 'soldier injuries', 'civilian', 'Killing of a child']) {
      expect(searchTerms(q, {}).every((t) => text.includes(t)), q).toBe(true);
    }
    expect(searchTerms('news', {}).some((t) => text.includes(t))).toBe(false);
  });

  it('gives an Arabic sentence and a query in the dual or singular the same terms', () => {
    const text = termsOf('قتل طفلان وأصيب جنديان مدنيان في قصف على مدينة بوتين الحدودية.');
    for (const q of ['طفل', 'الطفلين', 'جندي', 'الجنديين', 'مدني', 'المدنيين', 'بوتين', 'لبوتين']) {
      expect(searchTerms(q, {}).every((t) => text.includes(t)), q).toBe(true);
    }
    expect(text).not.toContain('تين');
    expect(text).not.toContain(term('قتلى')); // the verb "قتل" (killed) is not the noun "قتلى" (the dead)
  });
});

describe('postings', () => {
  const text = 'Thirty-three Turkish soldiers were killed in Idlib on Thursday, officials said. A summit is planned on 5 or 6 March.';
  const claims = extractClaims(text, { language: 'en', publishedAt: '2020-02-28' });

  it('lists each claim under the words of its sentence and under its facets', () => {
    const postings = postingsOf(text, claims, '2020-02-28', 'en');
    const killed = claims.find((c) => c.casualty?.kind === 'killed')!;
    expect(postings.get('soldier')!.map((p) => p.id)).toContain(killed.id);
    expect(postings.get('summit')!.map((p) => p.id)).not.toContain(killed.id);
    expect(postings.get(ALL_TERM)!.map((p) => p.id)).toEqual(claims.map((c) => c.id));
    expect(postings.get('kind:killed')!.map((p) => p.id)).toEqual([killed.id]);
    expect(postings.get('lang:en')!.length).toBe(claims.length);
  });

  it('filters by kind, count range and days (a date claim by its values, others by the article day)', () => {
    const postings = postingsOf(text, claims, '2020-02-28', 'en');
    const [killed] = postings.get('kind:killed')!;
    expect(matchesFilter(killed, { min: 30, max: 35 })).toBe(true);
    expect(matchesFilter(killed, { min: 34 })).toBe(false);
    expect(matchesFilter(killed, { from: '2020-02-28', to: '2020-02-28' })).toBe(true);
    const summit = postings.get('summit')!.find((p) => p.type === 'date')!;
    expect(matchesFilter(summit, { from: '2020-03-06', to: '2020-03-10' })).toBe(true);
    expect(matchesFilter(summit, { from: '2020-03-07' })).toBe(false);
    expect(matchesFilter(summit, { min: 1 })).toBe(false);
  });

  it('reads a query as words, else the most selective facet asked for', () => {
    expect(searchTerms('Turkish soldiers', {})).toEqual(['turkish', 'soldier']);
    expect(searchTerms(undefined, { kind: 'killed', type: 'casualty' })).toEqual(['kind:killed']);
    expect(searchTerms(undefined, { language: 'ar' })).toEqual(['lang:ar']);
    expect(searchTerms(undefined, {})).toEqual([ALL_TERM]);
    expect(searchTerms('المدنيين', {})).toEqual(['مدني']);
  });

  it('posts an Arabic claim under the stem of its words, which every form of the query reads', () => {
    const ar = 'قالت وزارة الصحة إن 18 مدنياً قتلوا في قصف على مدينة حلب يوم الأحد.';
    const found = extractClaims(ar, { language: 'ar', publishedAt: '2024-05-06' });
    const killed = found.find((c) => c.casualty?.kind === 'killed')!;
    const postings = postingsOf(ar, found, '2024-05-06', 'ar');
    for (const q of ['مدني', 'مدنيين', 'المدنيون', 'مدنية']) expect(postings.get(searchTerms(q, {})[0])!.map((p) => p.id)).toContain(killed.id);
    expect(postingsOf(ar, found, '2024-05-06', 'ar', 1).has('مدني')).toBe(false);
  });
});

describe('why a claim matched: its sentence with the matched words marked', () => {
  const marked = (text: string, q: string) => matchedWords(text, searchTerms(q, {})).map((m) => text.slice(m.start, m.end));

  it('marks every word of the sentence whose term is a query term, by stem and broken plural, at original offsets', () => {
    expect(marked('Two children and a child were killed; the killings went on.', 'children killing')).toEqual(['children', 'child', 'killed', 'killings']);
    // Diacritics and clitics stay inside the marked word; "أطفال" (a broken plural) marks "طفلين" and "والأطفال".
    expect(marked('قُتل طفلينِ والأطفالُ في حلبَ، وأُصيب آخرون.', 'أطفال حلب')).toEqual(['طفلينِ', 'والأطفالُ', 'حلبَ']);
    expect(marked('قتل ١٨ مدنياً', '18')).toEqual(['١٨']);
    expect(marked('Nothing here matches.', 'children')).toEqual([]);
    expect(matchedWords('Children were killed.', searchTerms(undefined, { kind: 'killed' }))).toEqual([]);
  });

  it('gives the sentence of the claim with its marks; a long one cut around the first match, at spaces', () => {
    const text = 'First sentence. Four children were killed in Homs on Monday, officials said. Last one.';
    const [claim] = extractClaims(text, { language: 'en', publishedAt: '2024-05-06' }).filter((c) => c.type === 'casualty');
    const e = excerptOf(text, claim, searchTerms('child Homs', {}));
    expect(e.text).toBe(text.slice(claim.sentence.start, claim.sentence.end));
    expect(e.text).toMatch(/^Four children .* said\.$/);
    expect(e.marks.map((m) => text.slice(m.start, m.end))).toEqual(['children', 'Homs']);
    expect(e.source).toEqual({ text: 'officials', marks: [] });

    const long = `${'word '.repeat(200)}then three soldiers died in Kherson ${'more '.repeat(200)}`;
    const cut = excerptOf(long, { start: 1010, end: 1023, sentence: { start: 0, end: long.length } }, searchTerms('Kherson', {}), 120);
    expect(cut.end - cut.start).toBeLessThanOrEqual(120);
    expect(cut.text).toBe(long.slice(cut.start, cut.end));
    expect(cut.text).toMatch(/^word .*Kherson.* more$/);
    expect(cut.marks.map((m) => long.slice(m.start, m.end))).toEqual(['Kherson']);
  });

  it('marks the words that matched in the source too, also when its sentence does not hold them', () => {
    const text = 'قال وزير الصحة أحمد حسن في مؤتمر صحفي. وأضاف أن 11 شخصا قتلوا في الانفجار.';
    const claim = extractClaims(text, { language: 'ar', publishedAt: '2025-01-01' }).find((c) => c.type === 'casualty')!;
    const e = excerptOf(text, claim, searchTerms('حسن الوزير', {}));
    expect(e.marks).toEqual([]);
    expect(e.source!.text).toBe(claim.attribution!.source);
    expect(e.source!.marks.map((m) => e.source!.text.slice(m.start, m.end))).toEqual(['وزير', 'حسن']);
    expect(excerptOf('Five died.', { start: 0, end: 10, sentence: { start: 0, end: 10 } }, searchTerms('five', {})).source).toBeNull();
  });
});
