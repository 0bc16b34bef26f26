/**
 * A day or month without its year that would fall after publication (trial7 finding 14): last year's when the sentence
 * tells of a casualty that happened, this year's when it speaks of what is to come. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { dates, values } from '../support/extract.ts';

const PUB = '2025-05-14';

describe('a date ahead of publication in a sentence of a past casualty is last year\'s', () => {
  it.each([
    ['The attacks between 1 and 3 June killed 15 villagers.', [['2024-06-01..2024-06-03']]],
    ['Floods in June killed 40 people in the valley.', [['2024-06-01..2024-06-30']]],
    ['Two soldiers died in an ambush on 2 June.', [['2024-06-02']]],
    // Later in the month of publication too; the end of a range may run past it.
    ['Five people were killed on 20 May.', [['2024-05-20']]],
    ['Between May 1 and May 20, 60 people were arrested.', [['2025-05-01..2025-05-20']]],
  ] as const)('en: %s', (text, expected) => expect(values(dates(text, 'en', PUB))).toEqual(expected));
  it.each([
    ['قتل 15 شخصا في هجمات بين 1 و3 حزيران.', [['2024-06-01..2024-06-03']]],
    ['وأسفرت الفيضانات في 5 يونيو عن مقتل 12 شخصا.', [['2024-06-05']]],
    ['وكانت السيول قد أودت بحياة 3 أشخاص في 20 أيار.', [['2024-05-20']]],
  ] as const)('ar: %s', (text, expected) => expect(values(dates(text, 'ar', PUB))).toEqual(expected));
});

describe('a date ahead of publication stays this year\'s when the sentence speaks of the future or of what may be', () => {
  it.each([
    ['The funeral of the 15 victims will be held on 1 June.', [['2025-06-01']]],
    ['Officials said the river could flood again in June, killing crops.', [['2025-06-01..2025-06-30']]],
    ['Elections are scheduled for 1 June.', [['2025-06-01']]],
    // Before publication, nothing changes.
    ['The attacks on 3 May killed 15 villagers.', [['2025-05-03']]],
  ] as const)('en: %s', (text, expected) => expect(values(dates(text, 'en', PUB))).toEqual(expected));
  it.each([
    ['ستجرى الانتخابات في 1 حزيران.', [['2025-06-01']]],
    ['وقد يقتل الجوع آلاف الأطفال في حزيران.', [['2025-06-01..2025-06-30']]],
  ] as const)('ar: %s', (text, expected) => expect(values(dates(text, 'ar', PUB))).toEqual(expected));
});
