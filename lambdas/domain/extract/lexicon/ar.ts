/**
 * Arabic vocabulary of casualty claims, as data: predicates by kind (verbs in their past and present forms,
 * passive and active — the same letters without diacritics —, verbal nouns, participles and plural nouns),
 * victims, equipment, and words that make a number something other than a count. Written in plain
 * spelling; loaded through normalization, and every entry also matches with a leading و/ف/ب/ل/ال clitic.
 */
import type { CasualtyKind } from './kinds.ts';

/** Past and present forms of a verb stem: قتل -> قتل قتلت قتلوا قتلا قتلتا قتلن يقتل تقتل يقتلون يقتلان ... */
export function verbForms(past: string, present?: string): string[] {
  const forms = [past, `${past}ت`, `${past}وا`, `${past}ا`, `${past}تا`, `${past}ن`];
  const stem = present ?? past;
  for (const p of ['ي', 'ت']) forms.push(`${p}${stem}`, `${p}${stem}ون`, `${p}${stem}ان`, `${p}${stem}ن`);
  return forms;
}

/** A noun or participle with its case and number endings: جريح -> جريح جريحا جريحان جريحين ... */
export function nounForms(singular: string, ...plurals: string[]): string[] {
  const base = singular.endsWith('ة') ? singular.slice(0, -1) : singular;
  const forms = [singular, `${singular}ا`];
  if (singular.endsWith('ة')) forms.push(`${base}تان`, `${base}تين`, `${base}تا`, `${base}تي`, `${base}ات`);
  else forms.push(`${base}ان`, `${base}ين`, `${base}ون`);
  return [...forms, ...plurals];
}

/**
 * "غادر" (left): displacement when those who leave are families or residents ("عشرات العائلات غادرت الأحياء"),
 * not a delegation or players; the rule asks for such a group (AR_RESIDENTS).
 */
const AR_LEAVE = verbForms('غادر', 'غادر');

/** Those whose leaving is displacement. */
export const AR_RESIDENTS = ['عائلة', 'عائلات', 'أسرة', 'أسر', 'سكان', 'أهالي', 'الأهالي', 'مدنيين', 'مدنيون', 'مواطنين', 'مواطنون', 'قرويين'];
export const AR_LEAVE_WORDS = AR_LEAVE;

/** The forms of "ضبط" (seized), read as arrests of people only (see AR_SEIZE). */
const AR_SEIZE_WORDS = ['ضبط', 'ضبطت', 'ضبطوا', 'يضبط', 'تضبط', 'إيداع', 'أودع', 'أودعت'];

/**
 * Predicates of collapse, demolition, blowing up and ruin that are predicates only of a building or a vehicle
 * (AR_EQUIPMENT) counted by a number: "انهيار 12 مبنى", "تهدم 33 منزلاً", "نسف 4 منازل", "فجّر الجيش 7 منازل", "أتلفت
 * النيران 15 منزلاً"; elsewhere they are no predicate ("جراء انهيار سد", "تفجير 3 عبوات", "فجر اليوم": dawn).
 */
export const AR_THINGS_ONLY = [
  'انهيار', 'انهيارات', ...verbForms('تهدم', 'تهدم'), 'تهديم', ...verbForms('نسف', 'نسف'), ...verbForms('فجر', 'فجر'), 'تفجير', ...verbForms('أتلف', 'تلف'), 'إتلاف',
];

export const AR_PREDICATES: Record<CasualtyKind, string[]> = {
  killed: [
    ...verbForms('قتل', 'قتل'), 'مقتل', 'قتلى', ...nounForms('قتيل'), 'مصرع', 'مصرعه', 'مصرعها', 'مصرعهم', 'مصرعهن', 'مصرعهما',
    'وفاة', 'وفيات', ...verbForms('توفي', 'توفى'), 'توفوا', 'توفيت', 'حتفه', 'حتفها', 'حتفهم', 'حتفهن', 'حتفهما',
    'استشهاد', ...verbForms('استشهد', 'ستشهد'), 'شهيد', 'شهيدا', 'شهيدة', 'شهيدان', 'شهيدين', 'شهداء',
    'ضحايا', 'ضحية', 'اغتيال', 'إعدام', ...verbForms('أعدم', 'عدم'), 'موت', 'ماتوا', 'مات', 'ماتت', 'لقوا', 'لقي', 'لقيت', 'لقيا',
    'قضى', 'قضوا', 'قضت', 'قضيا', 'قضتا', 'توفيا', 'توفيتا', 'ماتا', 'فارقا', 'نحبهم', 'غرقا', 'غرق', 'غرقوا', 'غرقن', 'غرقتا', 'جثث', 'جثة', 'جثتان', 'جثتين', 'جثتي', 'جثمان', 'جثمانان', 'جثمانين', 'جثماني', 'جثامين', 'رفات', 'بحياة', 'أرواح',
    'نفوق', 'هلاك', 'هلك', 'هلكوا', ...verbForms('فارق', 'فارق'), 'متوفى', 'متوفاة', 'متوفون', 'متوفين',
    // "راح ضحيتها 3 أشخاص" (fell victim to it), "الذين قتلتهم إسرائيل", "ارتقى سبعة فلسطينيين" (martyred).
    // "عدد الذين سقطوا بنيران إسرائيلية" (those who fell).
    'سقطوا', 'لفظ', 'لفظت', 'لفظوا', 'أنفاسه', 'أنفاسها', 'أنفاسهم', 'أنفاسهما', 'ضحيته', 'ضحيتها', 'ضحيتهم', 'ضحيتهما', 'قتلتهم', 'قتلهم', 'قتلتهن', 'ارتقى', 'ارتقت', 'ارتقوا', 'يرتقي', 'ارتقاء',
  ],
  injured: [
    'إصابة', 'إصابات', ...verbForms('أصيب', 'صاب'),
    // The active voice with its object: "وأصابت العشرات", "وأصاب القصف 12 مدنياً" (what it hits is no casualty:
    // equipment after a predicate of injury gives none).
    'أصاب', 'أصابت', 'أصابوا', ...nounForms('جريح'), 'جرحى', ...nounForms('مصاب'), ...verbForms('جرح', 'جرح'), 'بجروح',
    'بجراح', 'جراح', 'مصابون', 'مصابات', 'اختناق',
    // "تلقى 30 شخصا العلاج", "تسمم 45 تلميذا" (poisoned); "تم إسعاف" is a phrase ("سيارات إسعاف" are ambulances).
    'العلاج', ...verbForms('تسمم', 'تسمم'), 'حروق', 'بحروق', 'لحروق', 'كسور', 'رضوض',
    // Treated, given first aid: "وعولج 12 شخصا في موقع الحادث", "وتلقى 30 شخصا الإسعافات الأولية".
    'عولج', 'عولجت', 'عولجوا', 'الإسعافات',
  ],
  missing: [
    ...nounForms('مفقود'), 'فقدان', ...verbForms('فقد', 'فقد'), 'مجهولا',
    // Abductions count as missing: "خطف مسلحون 25 طالبا", "اختطاف 12 شخصا".
    // Carried off by water (AR_SWEPT): people are missing, buildings and vehicles destroyed ("جرفت السيول 14 منزلاً").
    ...verbForms('جرف', 'جرف'), 'انجراف',
    ...verbForms('خطف', 'خطف'), 'اختطاف',
    // Taking captive ("وأسرت الجماعة 12 صيادا"); the bare "أسر" is also "families" and stays with the arrests.
    ...verbForms('أسر', 'أسر').filter((w) => w !== 'أسر' && w !== 'أسرا'), ...verbForms('اختطف', 'ختطف'), ...nounForms('مختطف'), ...nounForms('مخطوف'),
  ],
  displaced: [
    'نزوح', ...verbForms('نزح', 'نزح'), ...nounForms('نازح'), 'تهجير', ...verbForms('هجر', 'هجر'), ...nounForms('مهجر'), 'تشريد',
    ...verbForms('شرد', 'شرد'), ...verbForms('تشرد', 'تشرد'), ...nounForms('مشرد'), 'إجلاء', 'أجلي', 'أجليت', 'أجلوا', 'يجلى', 'أجلت', 'أجلى', 'تم إجلاء', ...nounForms('لاجئ'), 'فروا', 'فرت', 'فر', 'فرار', 'إيواء',
    // Taking refuge: "ولجأ نحو 3 ملايين آخرين إلى دول الجوار".
    ...verbForms('لجأ', 'لجأ'), 'لجؤوا', 'لجأوا', 'لجوء',
  ],
  arrested: [
    'اعتقال', 'اعتقالات', ...verbForms('اعتقل', 'عتقل'), ...nounForms('معتقل'), 'توقيف', 'توقيفات', 'أوقف', 'أوقفت', 'أوقفوا', 'يوقف', ...nounForms('موقوف'),
    'إيقاف', 'احتجاز', ...verbForms('احتجز', 'حتجز'), ...nounForms('محتجز'), 'أسر', 'أسير', 'أسرى', 'القبض', 'قبض', 'احتفاظ',
    ...AR_SEIZE_WORDS,
  ],
  destroyed: [
    'تدمير', ...verbForms('دمر', 'دمر'), 'مدمر', 'مدمرة', 'إسقاط', ...verbForms('أسقط', 'سقط'), 'تحطيم', 'حطم', 'حطمت', 'إعطاب',
    'هدم', 'هدمت', 'انهار', 'انهارت', 'احترقت', 'احترق', 'احتراق', 'سويت', 'سوي', 'تسوية', ...verbForms('أحرق', 'حرق'), 'حرق', 'إحراق',
  ],
};

/**
 * Words whose kind depends on the victim: equipment is destroyed, people are killed ("تحييد 55 دبابة").
 * "سقط": "سقط 45 قتيلا" (fell: killed) and "أسقط طائرتين" (brought down: destroyed) differ by their object.
 */
/** Water that carries off what it names: people missing, houses and vehicles destroyed (as "washed away"). */
export const AR_SWEPT = [...verbForms('جرف', 'جرف'), 'انجراف'];

export const AR_BY_GROUP = ['تحييد', 'القضاء'];

/** Predicates that say a person came out alive or free: a count next to them is no casualty. */
export const AR_NOT_CASUALTY = [
  'أنقذ', 'أنقذت', 'إنقاذ', 'انقاذ', 'نجا', 'نجوا', 'نجاة', 'الناجين', 'ناجين', 'ناجيا', 'أفرج', 'أفرجت', 'الإفراج', 'سراح',
  'سلامة', 'بخير', 'سالمين', 'تحرير', 'تضرر', 'تضررت', 'متضرر', 'متضررة', 'متضررا', 'أضرار', 'بأضرار',
  // A risk is no casualty yet: "مليون طفل مهددون بالموت جوعا", "ويواجه 300 ألف شخص خطر النزوح".
  ...nounForms('مهدد'), 'خطر', 'يواجه', 'تواجه', 'يواجهون', 'عرضة', ...nounForms('معرض'),
];

/** People a count can name; their dual is two and their indefinite singular one (DESIGN.md section 4). */
export const AR_RELEASE = ['أفرج', 'أفرجت', 'أطلقت', 'أطلق', 'أنقذ', 'أنقذت', 'انتشلت', 'حررت', 'حرر', 'تحرير'];

export const AR_PERSONS = [
  'شخص', 'جندي', 'طفل', 'طفلة', 'رجل', 'امرأة', 'مدني', 'شرطي', 'عنصر', 'مواطن', 'صحفي', 'طالب', 'ضابط', 'فتاة', 'شاب', 'متطوع',
  'صياد', 'عامل', 'مزارع', 'راع', 'مهاجر', 'لاجئ', 'مقاتل', 'مسلح', 'عسكري', 'حارس', 'سائق', 'راكب', 'مسن', 'مسنة', 'أب', 'أم', 'ابن', 'ابنة',
  'شقيق', 'شقيقة', 'مريض', 'طبيب', 'ممرض', 'ممرضة', 'بحار', 'طيار', 'سجين', 'مطلوب', 'متظاهر', 'ناشط', 'مشتبه', 'فلسطيني', 'سوري', 'مصري',
  'رضيع', 'رضيعة', 'قاصر', 'قاصرة', 'زوج', 'زوجة', 'سيدة', 'صبي', 'فتى', 'ربان', 'طالبة', 'عجوز', 'متهم', 'متهمة', 'وافد', 'وافدة', 'قائد', 'مصور', 'مراسل', 'مراسلة',
  // "توفي كهل", "قتلت شابة", "أصيب تلميذ": more people named by age, sex or occupation.
  'كهل', 'كهلة', 'شابة', 'عاملة', 'تلميذ', 'تلميذة', 'معلم', 'معلمة', 'موظف', 'موظفة', 'سائح', 'سائحة',
  // "من بينهم عون حماية مدنية" (an agent, Maghrebi), "صحافي" (as "صحفي"), trades and the like.
  'عون', 'صحافي', 'صحافية', 'إعلامي', 'إعلامية', 'مهندس', 'مهندسة', 'تاجر', 'بائع', 'مجند', 'مستوطن', 'مزارعة', 'طبيبة', 'حارسة', 'ممرض',
];
/** Duals that are not plurals too (a broken plural exists), and duals of nouns that count and name the casualty. */
export const AR_DUALS = [
  'جنديان', 'جنديين', 'طفلان', 'طفلين', 'شخصان', 'شخصين', 'رجلان', 'رجلين', 'امرأتان', 'امرأتين', 'شقيقان', 'شقيقين', 'عنصران', 'عنصرين',
  'ضابطان', 'ضابطين', 'فتاتان', 'فتاتين', 'طفلتان', 'طفلتين', 'شابان', 'شابين', 'طياران', 'طيارين', 'بحاران', 'حارسان', 'حارسين',
  'متطوعان', 'مسعفان', 'صحفيان', 'مدنيان', 'شرطيان', 'مواطنان', 'عاملان', 'مزارعان', 'سائقان', 'مقاتلان', 'مسلحان', 'عسكريان',
  'صيادان', 'مهاجران', 'لاجئان', 'راكبان', 'مطلوبان', 'متظاهران', 'ناشطان', 'مشتبهان', 'شهيدان', 'قتيلان', 'قتيلين', 'جريحان', 'جريحين',
  'جثتان', 'جثتين', 'جثتي', 'جثمانان', 'جثمانين', 'جثماني', 'مصابان', 'مفقودان', 'معتقلان', 'أسيران', 'أسيرين',
  'دبابتان', 'دبابتين', 'مدرعتان', 'مدرعتين', 'مروحيتان', 'مروحيتين', 'طائرتان', 'طائرتين', 'راجمتان', 'راجمتين', 'راجمتي', 'آليتان',
  'آليتين', 'عربتان', 'عربتين', 'سيارتان', 'سيارتين', 'منزلان', 'منزلين', 'مبنيان', 'مبنيين', 'زوجان', 'زوجين', 'رضيعان', 'رضيعين',
  'قاصران', 'قاصرين', 'مدفعان', 'مدفعين', 'شاحنتان', 'شاحنتين', 'حافلتان', 'حافلتين', 'مسيرتان', 'مسيرتين',
  // Cases: "بينهم حالتان حرجتان", "سجلت حالتا وفاة".
  'حالتان', 'حالتين', 'حالتا', 'حالتي',
];
/** "وأصيب آخر": another one. */
export const AR_ANOTHER = ['آخر', 'أخرى', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة',
  // "وتوفي سادس متأثرا بإصابته": a sixth (one more).
  'سادس', 'سادسة', 'سابع', 'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة', 'عاشر', 'عاشرة'];
/** "وأصيب 20 آخرون": others. */
export const AR_OTHERS = ['آخرون', 'آخرين', 'أخريات'];

export const AR_EQUIPMENT = [
  ...nounForms('دبابة'), ...nounForms('مدرعة'), ...nounForms('آلية'), ...nounForms('مروحية'), ...nounForms('طائرة'), ...nounForms('مسيرة'),
  ...nounForms('راجمة'), ...nounForms('عربة'), ...nounForms('سيارة'), ...nounForms('شاحنة'), ...nounForms('حافلة'), ...nounForms('مركبة'), 'مدفع', 'مدافع', 'منزل',
  'منازل', 'منزلان', 'منزلين', 'مبنى', 'مبان', 'مباني', 'زورق', 'زوارق', 'بيت', 'بيوت', 'محل', 'محلات', 'مدرسة', 'مدارس', 'مسجد', 'مساجد',
];

/** Nouns after a number that make it something other than a count of victims. */
export const AR_NOT_VICTIMS = [
  // Measures and seizures: "ضبط 2000 لتر", "200 ألف حبة مخدرة", "30 قطعة سلاح".
  'قطعة', 'قطع', 'لتر', 'لترا', 'ليتر', 'ليترا', 'لترات', 'ليترات', 'غرام', 'غراما', 'كيلوغرام', 'كيلوغراما', 'كغ', 'حبة', 'قرص', 'أقراص', 'سم', 'ملم',
  'ساعة', 'ساعات', 'يوم', 'أيام', 'يوما', 'أسبوع', 'أسابيع', 'أسبوعا', 'شهر', 'أشهر', 'شهور', 'شهرا', 'سنة', 'سنوات', 'عام', 'أعوام', 'عاما',
  'دقيقة', 'دقائق', 'ثانية', 'ثوان', 'بالمئة', 'بالمائة', 'المئة', 'المائة', 'دولار', 'دولارا', 'يورو', 'ليرة', 'دينار', 'درهم', 'ريال', 'جنيه',
  'كيلومتر', 'كيلومترا', 'كلم', 'كم', 'متر', 'مترا', 'أمتار', 'ميل', 'درجة', 'درجات', 'قذيفة', 'قذائف', 'صاروخ', 'صواريخ', 'صاروخا', 'غارة',
  'غارات', 'هجوم', 'هجمات', 'هزة', 'هزات', 'ضربة', 'ضربات', 'مرة', 'مرات', 'مسعف', 'مسعفين', 'منقذ', 'منقذين', 'طن', 'أطنان', 'نقطة', 'نقاط',
  'هكتار', 'هكتارات', 'دونم', 'دونما', 'فدان', 'فدانا', 'فرق', 'فريق', 'طواقم', 'رحلة', 'رحلات', 'قرية', 'قرى',
  'بلدة', 'بلدات', 'مدينة', 'مدن', 'محافظة', 'محافظات', 'ولاية', 'ولايات', 'دولة', 'دول', 'سرير', 'نسمة', 'موجة', 'موجات', 'انفجار',
  'انفجارات', 'عملية', 'عمليات', 'حادث', 'حوادث', 'حريق', 'حرائق', 'اعتداء', 'اعتداءات', 'بندا', 'بنود', 'مشروع', 'مشاريع', 'جولة', 'جولات',
  'ملجأ', 'ملاجئ', 'مأوى', 'مراكز', 'رصاصة', 'رصاصات', 'طلقة', 'عبوة', 'عبوات', 'لغم', 'ألغام', 'مستشفى', 'مستشفيات', 'مخيم', 'مخيمات', 'حي', 'أحياء', 'نسخة',
  'مليار', 'بليون', 'لتر', 'لترا', 'ميغاواط', 'كيلوغرام', 'كغ', 'غرام',
];

/** Words right before a number that make it an age, a time, a measure, a name or a rank. */
export const AR_NOT_COUNT_BEFORE = [
  'عمر', 'العمر', 'عمره', 'عمرها', 'سن', 'الساعة', 'رقم', 'قوة', 'بقوة', 'قوتها', 'شدتها', 'بشدة', 'درجة', 'المرتبة',
  'المركز', 'الطريق', 'اللواء', 'الفرقة', 'الكتيبة', 'القرار', 'المادة', 'الفصل', 'قيمة', 'بقيمة', 'بمبلغ', 'مبلغ', 'نسبة', 'بنسبة',
  'أبا', 'أب', 'أم', 'والد', 'والدة',
  // "نزحوا مرة واحدة على الأقل": once, not one person.
  'مرة',
];

/** Verbs that state a toll's value ("بلغ عدد القتلى", "ارتفعت الحصيلة إلى", "وصل عدد"). */
export const AR_TOLL = ['حصيلة', 'عدد', 'الحصيلة', 'العدد', 'إجمالي', 'مجموع'];
/** A toll that rises or was restated: both values are claims ("ارتفعت من 18 إلى 26", "بعد أن كانت 47"). */
export const AR_RISE = [...verbForms('ارتفع', 'رتفع'), 'ارتفاع', ...verbForms('قفز', 'قفز'), ...verbForms('زاد', 'زيد'), ...verbForms('تضاعف', 'تضاعف'),
  // Raising it: "ما رفع الحصيلة من 16 إلى 18", "رافعاً عدد القتلى من 5 إلى 6".
  ...verbForms('رفع', 'رفع'), 'رافعا', 'رافعة'];
export const AR_WAS = ['كان', 'كانت', 'كانوا', 'يكون', 'تكون'];
export const AR_REACH = [...verbForms('وصل', 'صل'), ...verbForms('بلغ', 'بلغ'), 'وصول', 'بلوغ', ...verbForms('سجل', 'سجل')];

/** A search "عن" a count is for the missing ("البحث عن 14 بحارا"). */
export const AR_SEARCH = ['البحث', 'بحث', 'بحثا', ...verbForms('بحث', 'بحث')];
/** Whom a search is for when they are no victims: "البحث عن 3 مشتبهين". */
export const AR_SOUGHT = ['مشتبه', 'مشتبهين', 'مشتبها', 'مطلوب', 'مطلوبين', 'مطلوبا', 'فارين', 'هاربين', 'جناة', 'مهاجمين', 'مسلحين'];
/** Signs of a dual in the word agreeing with a noun: "عاملين لا يزالان", "طالبان جامعيان". Negations stepped over. */
export const AR_NEGATIONS = ['لا', 'ما', 'لم', 'لن', 'قد'];

/** One piece of equipment or one building, indefinite: "دمرت دبابة", "ومدفعا ثقيلا" count one after a predicate of destruction. */
export const AR_EQUIPMENT_ONE = ['دبابة', 'مدرعة', 'آلية', 'مروحية', 'طائرة', 'مسيرة', 'راجمة', 'عربة', 'سيارة', 'شاحنة', 'حافلة', 'مركبة', 'مدفع', 'منزل', 'مبنى', 'زورق', 'بيت'];

/** Predicates of several words, read as one ("أتت النيران على 37 منزلا", "باتوا بلا مأوى"). */
export const AR_PHRASES: [CasualtyKind, string][] = [
  ['destroyed', 'أتت على'], ['destroyed', 'أتى على'], ['destroyed', 'وأتت على'], ['destroyed', 'وأتى على'], ['destroyed', 'تأتي على'], ['destroyed', 'يأتي على'],
  ['displaced', 'بلا مأوى'], ['displaced', 'دون مأوى'], ['displaced', 'بدون مأوى'],
  // "تم إسعاف 6 أشخاص": given first aid.
  ['injured', 'تم إسعاف'], ['injured', 'وتم إسعاف'], ['injured', 'جرى إسعاف'], ['injured', 'وجرى إسعاف'],
  // "قضى على عنصر": eliminated (killed; equipment after it is no claim).
  ['killed', 'قضى على'], ['killed', 'قضت على'], ['killed', 'قضوا على'],
  // Losing one's shelter or home is displacement, not going missing: "280 أسرة فقدت مأواها بالكامل", "فقدوا منازلهم".
  ...['فقد', 'فقدت', 'فقدوا', 'فقدن', 'يفقد', 'تفقد', 'وفقد', 'وفقدت', 'وفقدوا'].flatMap((v) => homes().map((n): [CasualtyKind, string] => ['displaced', `${v} ${n}`])),
  // Leaving one's home: "أجبر أكثر من ألفي شخص على مغادرة منازلهم", "اضطر 300 شخص إلى ترك بيوتهم".
  ...['مغادرة', 'ترك', 'غادروا', 'تركوا', 'غادرت', 'تركت', 'يغادرون', 'يتركون'].flatMap((v) => homes().map((n): [CasualtyKind, string] => ['displaced', `${v} ${n}`])),
];

/** One's shelter or home, with a possessive ending: what is lost in "فقدت مأواها" (displacement). */
function homes(): string[] {
  return ['مأوى', 'مأواه', 'مأواها', 'مأواهم', 'منازلهم', 'منازلها', 'منزله', 'منزلها', 'بيوتهم', 'بيوتها', 'بيته', 'بيتها', 'مساكنهم', 'مساكنها', 'مسكنه', 'مسكنها'];
}
export const AR_HOMES = homes();
/** Losing (فقد), missing when people are lost, displacement when it is one's home ("وفقدت 40 عائلة منازلها"). */
export const AR_LOSE = verbForms('فقد', 'فقد');

/** Nouns that begin with a و of their root ("وباء", "وزارة"): the letter is no conjunction opening a clause. */
export const AR_WAW_NOUNS = [
  'وباء', 'وزارة', 'وزير', 'وقف', 'وقت', 'وسط', 'وضع', 'ولاية', 'وكالة', 'وطن', 'وادي', 'وحدة', 'وفد', 'وقود', 'ورشة', 'واقعة', 'وجبة', 'ورم', 'وحل',
];
/** Manner of death or injury in the accusative, after the count: "اختناقا" (by suffocation), "حرقا", "دهسا". */
export const AR_MANNER = ['اختناقا', 'حرقا', 'غرقا', 'خنقا', 'دهسا', 'طعنا', 'صعقا', 'جوعا', 'عطشا', 'ذبحا', 'بردا'];
/**
 * "ضبط": seized, "إيداع": placed (in custody). An arrest when what is seized or placed is people ("ضبط 12 متهما"), not weapons or goods ("ضبط 5 بنادق");
 * the rule asks for a person noun in the group.
 */
export const AR_SEIZE = AR_SEIZE_WORDS;
/** Plurals of people that are not a person noun with a sound ending: "أشخاص", "رجال", "عمال". */
export const AR_PERSON_PLURALS = ['حدث', 'أحداث', 'أشخاص', 'رجال', 'نساء', 'أطفال', 'شبان', 'شباب', 'عمال', 'جنود', 'أفراد', 'عناصر', 'طلاب', 'مواطنون', 'مواطنين', 'مدنيون', 'مدنيين'];
/**
 * Kin and companions whose dual takes a possessive ending: "ابنتيها" (her two daughters), "طفليه", "شقيقيه". Not
 * nouns whose sound plural has the same letters ("مواطنيه": his citizens), nor "ولد" ("ولديه" is "and he has").
 */
export const AR_KIN = ['ابن', 'ابنة', 'نجل', 'نجلة', 'طفل', 'طفلة', 'شقيق', 'شقيقة', 'بنت', 'حفيد', 'حفيدة', 'أخت', 'صديق', 'صديقة', 'مرافق', 'رفيق'];
/** Verbs of ordering or demanding an arrest ("أمرت النيابة بضبط", "طالب المحتجون باعتقال"): it is not made yet. */
export const AR_ORDER = [...verbForms('أمر', 'أمر'), ...verbForms('طالب', 'طالب'), 'المطالبة', 'مطالبة', 'أوامر', 'قرار', 'قرارا'];
/** "أحدهما طفل", "إحداهن فقدت ساقها": one of a set named before, a subset of one. */
export const AR_ONE_OF_THEM = ['أحدهم', 'أحدهما', 'إحداهما', 'إحداهن', 'أحدهن',
  // Of cases or injuries: "وأصيب 3 أشخاص، إحداها خطيرة".
  'إحداها', 'أحدها'];
/**
 * Kin with a possessive ending name one person: "وإصابة والدتهما", "لقيت امرأة وطفلتها حتفهما" (not "عمه", an age's
 * "عمره", nor "جده", Jeddah).
 */
export const AR_KIN_ONE = ['والد', 'والدة', 'ابن', 'ابنة', 'نجل', 'نجلة', 'زوج', 'زوجة', 'شقيق', 'شقيقة', 'طفل', 'طفلة', 'أخت', 'حفيد', 'حفيدة', 'جدة', 'مرافق', 'رفيق', 'صديق'];
