/**
 * Word lists of the extractor, in plain spelling (normalized when loaded). One place to extend the
 * vocabulary; rules live in casualties.ts, dates.ts and attribution.ts.
 */
import { normalizeWord } from '../text/normalize.ts';
import { wordSet } from '../text/tokens.ts';

export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'displaced' | 'arrested' | 'destroyed';

const TRIGGERS: Record<CasualtyKind, string[]> = {
  killed: [
    'مقتل', 'قتل', 'قتلت', 'قتلوا', 'قتلى', 'قتيل', 'قتيلا', 'قتيلة', 'يقتل', 'تقتل', 'مصرع', 'وفاة', 'وفيات',
    'حتفهم', 'حتفه', 'حتفها', 'استشهاد', 'شهيد', 'شهيدا', 'شهداء', 'توفي', 'توفيت', 'توفوا', 'ضحايا', 'ضحية',
    'اغتيال', 'إعدام', 'أعدم', 'موت', 'ماتوا', 'لقوا', 'لقي', 'قضى', 'قضوا', 'غرقا', 'غرق', 'استشهد', 'استشهدوا', 'استشهدت', 'يستشهد', 'سقط', 'جثث', 'جثة', 'جثامين', 'رفات', 'بحياة', 'جثتين', 'جثتان',
    'kill', 'kills', 'killed', 'killing', 'dead', 'death', 'deaths', 'died', 'die', 'dies', 'fatalities',
    'perished', 'slain', 'massacred', 'executed', 'lives', 'bodies',
  ],
  injured: [
    'إصابة', 'إصابات', 'أصيب', 'أصيبوا', 'أصيبت', 'يصاب', 'جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين',
    'مصابون', 'جرح', 'جرحت', 'بجروح',
    'injured', 'injuring', 'injuries', 'injures', 'injure', 'wounded', 'wounding', 'hurt', 'wounds',
  ],
  missing: ['مفقود', 'مفقودا', 'مفقودين', 'مفقودون', 'فقدان', 'فقدوا', 'missing', 'unaccounted'],
  displaced: [
    'نزوح', 'نزح', 'نزحوا', 'نزحت', 'نازح', 'نازحا', 'نازحين', 'نازحون', 'تهجير', 'مهجر', 'مهجرين', 'تشريد',
    'شرد', 'مشرد', 'مشردين', 'إجلاء', 'أجلي', 'لاجئ', 'لاجئا', 'لاجئين', 'لاجئون', 'فروا', 'فرار',
    'displaced', 'displacing', 'relocated', 'evacuated', 'homeless', 'fled', 'refugees', 'uprooted',
  ],
  arrested: [
    'اعتقال', 'اعتقل', 'اعتقلت', 'اعتقلوا', 'معتقل', 'معتقلا', 'معتقلين', 'توقيف', 'أوقف', 'أوقفت', 'احتجاز',
    'احتجز', 'محتجز', 'محتجزين', 'أسر', 'أسير', 'أسرى',
    'arrested', 'arresting', 'arrests', 'detained', 'detaining', 'captured', 'imprisoned', 'jailed', 'detainees',
  ],
  destroyed: [
    'تدمير', 'دمر', 'دمرت', 'مدمر', 'مدمرة', 'إسقاط', 'أسقط', 'أسقطت', 'تحطيم', 'حطم', 'إعطاب', 'هدم', 'هدمت',
    'destroyed', 'destroying', 'destroys', 'downed', 'demolished', 'razed', 'flattened', 'wrecked',
  ],
};

export const TRIGGER_KIND = new Map<string, CasualtyKind>();
for (const [kind, words] of Object.entries(TRIGGERS) as [CasualtyKind, string[]][]) {
  for (const w of words) TRIGGER_KIND.set(normalizeWord(w).toLowerCase(), kind);
}

/** Triggers whose kind follows the victim: equipment is destroyed, people are killed ("elimination of 55 tanks"). */
export const BY_GROUP = wordSet(['eliminated', 'elimination', 'eliminating', 'neutralized', 'neutralised', 'تحييد', 'القضاء']);
export const EQUIPMENT = wordSet([
  'tank', 'tanks', 'vehicle', 'vehicles', 'howitzer', 'howitzers', 'helicopter', 'helicopters', 'aircraft', 'plane',
  'planes', 'jet', 'jets', 'drone', 'drones', 'armoured', 'armored', 'artillery', 'launcher', 'launchers', 'pieces',
  'hardware', 'equipment', 'building', 'buildings', 'home', 'homes', 'house', 'houses', 'bridge', 'bridges', 'boats',
  'دبابة', 'دبابات', 'مدرعة', 'مدرعات', 'آلية', 'آليات', 'مروحية', 'مروحيات', 'طائرة', 'طائرات', 'مسيرة', 'مسيرات',
  'مدفع', 'مدافع', 'راجمة', 'راجمات', 'منزل', 'منازل', 'مبنى', 'مباني', 'عربة', 'عربات', 'زورق', 'زوارق',
]);

/** Words of a death toll: the count is the toll's value however far it stands in the clause. */
export const TOLL = wordSet(['toll', 'حصيلة', 'عدد', 'number', 'tally']);

/** Nouns after a number that make it something other than a casualty count. */
export const NOT_VICTIMS = wordSet([
  'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minute', 'minutes',
  'decade', 'decades', 'percent', 'per', 'dollars', 'euros', 'pounds', 'km', 'kilometres', 'kilometers', 'miles',
  'metres', 'meters', 'magnitude', 'degrees', 'shells', 'rockets', 'missiles', 'strikes', 'airstrikes', 'raids',
  'attacks', 'aftershocks', 'times', 'rescuers', 'rescue', 'kg', 'tons', 'tonnes', 'year-old', 'points', 'am', 'pm',
  'ساعة', 'ساعات', 'يوم', 'أيام', 'يوما', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'شهور', 'سنة', 'سنوات', 'عام', 'أعوام',
  'عاما', 'دقيقة', 'دقائق', 'بالمئة', 'بالمائة', 'المئة', 'المائة', 'دولار', 'دولارا', 'يورو', 'ليرة', 'كيلومتر',
  'كيلومترا', 'كلم', 'متر', 'مترا', 'درجة', 'درجات', 'قذيفة', 'قذائف', 'صاروخ', 'صواريخ', 'صاروخا', 'غارة', 'غارات',
  'هجوم', 'هجمات', 'هزة', 'هزات', 'ضربة', 'ضربات', 'مرة', 'مرات', 'مسعف', 'مسعفين', 'منقذ', 'منقذين', 'طن', 'أطنان',
  'نقطة', 'نقاط',
]);

/** After a comma, words that open an aside before the verb: "nine people, including four children, were killed". */
export const ASIDE = wordSet(['including', 'among', 'among them', 'بينهم', 'منهم', 'بينها', 'منها', 'من بينهم']);

/** Words that, between a trigger and its number, mean the number belongs to something else. */
export const BREAKS = wordSet([
  'in', 'on', 'since', 'during', 'after', 'before', 'when', 'while', 'where', 'because', 'if', 'than', 'by',
  'near', 'within', 'until', 'aged', 'age', 'في', 'منذ', 'خلال', 'بعد', 'قبل', 'عندما', 'حيث', 'حين', 'لأن', 'إذا',
  'عمر', 'العمر', 'عمره', 'عمرها', 'سن',
]);

/** Words after which a number is an age or a time, not a count. */
export const AGE_OR_TIME_BEFORE = wordSet(['aged', 'age', 'ages', 'عمر', 'العمر', 'عمره', 'عمرها', 'سن', 'الساعة', 'عام', 'العام', 'سنة', 'year']);

/** Between two counts of one enumeration ("55 tanks, 39 vehicles and three helicopters"). */
export const LIST_GLUE = wordSet([
  'and', 'including', 'among', 'them', 'of', 'whom', 'which', 'plus', 'as', 'well', 'و', 'منهم', 'بينهم', 'بينها',
  'منها', 'من', 'بين', 'إضافة', 'إلى', 'الى', 'فضلا', 'عن', 'بالإضافة',
]);

/** Words that end a victim group ("33 Turkish soldiers | were killed"). */
export const GROUP_STOP = wordSet([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'in', 'on', 'at', 'by', 'from', 'after', 'during',
  'when', 'and', 'or', 'who', 'that', 'which', 'reported', 'including', 'as', 'with', 'to', 'into', 'for', 'since',
  'this', 'last', 'next', 'yesterday', 'today',
  'في', 'على', 'إلى', 'الى', 'عن', 'مع', 'خلال', 'بعد', 'قبل', 'منذ', 'جراء', 'إثر', 'بسبب', 'بينهم', 'منهم', 'و',
  'حتى', 'أن', 'ان', 'التي', 'الذي', 'الذين', 'فيما', 'بينما', 'من', 'تحت', 'فوق', 'داخل',
]);

/** "وأصيب مثلهم": as many again as the count just before (an anaphoric count). */
export const ANAPHORA_SAME = wordSet(['مثلهم', 'مثلهن', 'مثله', 'مثلها', 'مثلما']);

/**
 * Victims named by a dual noun are two ("مقتل جنديين"); nouns whose dual form is also a plural
 * (مدنيين) are left out. Plain spelling; matched after normalization.
 */
export const DUAL_VICTIMS = wordSet([
  'جنديان', 'جنديين', 'طفلان', 'طفلين', 'شخصان', 'شخصين', 'رجلان', 'رجلين', 'امرأتان', 'امرأتين', 'شقيقان', 'شقيقين',
  'عنصران', 'عنصرين', 'ضابطان', 'ضابطين', 'فتاتان', 'فتاتين', 'طفلتان', 'طفلتين', 'جثتان', 'جثتين',
]);

/** A single, unnamed victim: "مقتل شخص", "a woman was wounded" count 1 (DESIGN.md section 4). */
export const SINGLE_VICTIMS = wordSet([
  'شخص', 'جندي', 'طفل', 'طفلة', 'رجل', 'امرأة', 'مدني', 'شرطي', 'عنصر', 'مواطن', 'صحفي', 'طالب', 'ضابط', 'مسعف', 'فتاة', 'شاب',
  'person', 'man', 'woman', 'child', 'boy', 'girl', 'soldier', 'civilian', 'policeman', 'policewoman', 'officer', 'journalist',
  'student', 'worker', 'resident', 'teenager', 'pedestrian', 'passenger', 'driver', 'guard', 'farmer', 'fisherman',
]);
