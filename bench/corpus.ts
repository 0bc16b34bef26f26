/**
 * Benchmark text: sentences written for this project in the style of wire stories (not copied from any
 * outlet), repeated with varied numbers and names to the size asked, plus the annotated dev articles
 * when ../shared/data/dev is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const AR = [
  'قُتل {n} مدنياً وأصيب {m} آخرون بجروح في قصف مدفعي استهدف بلدة في ريف {place} مساء الخميس، بحسب ما أفاد الدفاع المدني.',
  'وقال مسؤول محلي إن عشرات العائلات نزحت من القرى المجاورة صباح الجمعة خوفاً من تجدد القصف.',
  'وذكرت وزارة الدفاع في بيان أن قواتها دمرت {k} دبابات وأسقطت طائرة مسيرة أمس.',
  'وأعلن متحدث باسم الخارجية أن اجتماعاً لوزراء الخارجية سيعقد يومي {d} أو {d2} آذار لبحث وقف إطلاق النار.',
  'وكانت حصيلة سابقة قد أشارت إلى مقتل أكثر من {big} شخص في المنطقة منذ نهاية شباط.',
  'وارتفعت حصيلة ضحايا الفيضانات إلى {n} قتيلاً وما لا يقل عن {m} مفقوداً، وفق ما أعلنت السلطات.',
  'واعتقلت قوات الأمن نحو {m} متظاهراً خلال احتجاجات شهدتها العاصمة يوم الأحد.',
  'وأكد المرصد أن المئات من عناصر الفصائل قتلوا خلال المعارك التي استمرت 72 ساعة.',
  'وتشير تقديرات المنظمة الدولية للهجرة إلى نزوح عشرات الآلاف من السكان خلال الأيام الماضية.',
  'ويبلغ عدد سكان المدينة نحو {big} نسمة، ويعمل معظمهم في الزراعة والتجارة.',
  'وشارك في الاجتماع ممثلون عن الحكومة والأمم المتحدة ومنظمات المجتمع المدني.',
  'وأضاف البيان أن فرق الإنقاذ انتشلت جثث {k} أشخاص من تحت الأنقاض صباح اليوم.',
];
const EN = [
  'At least {n} civilians were killed and {m} wounded when shells hit a market in {place} on Thursday evening, the civil defence said.',
  'The death toll from the floods rose to {big} on Sunday, according to the health ministry.',
  'Police arrested more than {m} protesters in the capital, officials said.',
  'The army said it destroyed {k} tanks, {n} armoured vehicles and two helicopters over the past week.',
  'Talks between the two sides are expected on {d} or {d2} March in Geneva.',
  'Thousands of families were displaced by the fighting at the end of February.',
  'The 6.1-magnitude quake struck at 3 am, about 40 km from the city of {place}.',
  'Dozens of people were still missing on Tuesday, rescue workers said.',
  "Monday's attack was the deadliest since the ceasefire began last year.",
  'The city has a population of roughly {big} and sits on a major trade route.',
  'Officials expect the report to be published in mid-April.',
  'Rebels fired 120 rockets at the town but no casualties were reported.',
];
const PLACES = ['حلب', 'إدلب', 'درعا', 'حماة', 'Idlib', 'Aleppo', 'Mosul', 'Derna'];

function fill(template: string, i: number): string {
  return template
    .replace('{n}', String(3 + (i * 7) % 90))
    .replace('{m}', String(10 + (i * 13) % 400))
    .replace('{k}', String(2 + (i % 9)))
    .replace('{big}', String(1000 + (i * 997) % 90000))
    .replace('{d2}', String(2 + (i % 26)))
    .replace('{d}', String(1 + (i % 26)))
    .replace('{place}', PLACES[i % PLACES.length]);
}

function devTexts(lang?: 'ar' | 'en'): string[] {
  const dir = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'dev');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .filter((a) => typeof a.text === 'string' && (!lang || a.lang === lang)).map((a) => a.text as string);
}

/** An article of about `chars` characters in one language (or mixed), paragraphs of 2-3 sentences. */
export function article(lang: 'ar' | 'en' | 'mixed', chars: number, seed = 0): string {
  const parts: string[] = [];
  let size = 0;
  let i = seed;
  while (size < chars) {
    const pool = lang === 'ar' ? AR : lang === 'en' ? EN : i % 2 ? AR : EN;
    const paragraph = [0, 1, 2].map((k) => fill(pool[(i + k * 5) % pool.length], i + k)).join(' ');
    parts.push(paragraph);
    size += paragraph.length + 2;
    i += 3;
  }
  return parts.join('\n\n').slice(0, Math.max(chars, 1));
}

/** A corpus of about `bytes` UTF-8 bytes as articles of ~3 KB, dev texts first when present. */
export function corpus(lang: 'ar' | 'en' | 'mixed', bytes: number): { texts: string[]; bytes: number } {
  const texts = devTexts(lang === 'mixed' ? undefined : lang);
  let total = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  for (let seed = 0; total < bytes; seed += 11) {
    const t = article(lang, 3000, seed);
    texts.push(t);
    total += Buffer.byteLength(t);
  }
  return { texts, bytes: total };
}
