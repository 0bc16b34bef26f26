/** Search terms and postings (lambdas/domain/search.ts): the same canonical form for text and query. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';
import { ALL_TERM, canonicalTerm, matchesFilter, postingsOf, searchTerms, termsOf } from '../../lambdas/domain/search.ts';

const term = (word: string) => termsOf(word).join(' ');

describe('canonical terms', () => {
  it.each([
    ['والقتلى', 'قتلي'], // clitics go; normalization reads alef maqsura as ya
    ['بالقتلى', 'قتلي'],
    ['القتلى', 'قتلي'],
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
    // Broken plurals are other words: left apart, as the README says.
    ['جنود', 'جندي'],
    ['أطفال', 'طفل'],
    ['قتلى', 'قتيل'],
  ])('%s stays apart from %s', (a, b) => {
    expect(term(a)).not.toBe(term(b));
    expect(term(a)).not.toBe('');
  });

  it.each([
    ['حسين', 'حسين'], // a stem of two letters is no stem
    ['سجين', 'سجين'],
    ['ضحايا', 'ضحايا'], // -ايا is a broken plural, not an accusative alef
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
    expect(text).not.toContain(term('قتلى')); // a broken plural is another word
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
