/**
 * Arabic: a count, then a past verb of drowning in the plural or the feminine dual after it ("9 صيادين غرقوا", "ثلاث
 * فتيات غرقن"), as the masculine dual ("طفلين غرقا") and the verb before the count ("غرق 12 مهاجرا") already were (trial
 * 11, finding 5). Sentences written for this test; a boat that sinks is no casualty.
 */
import { describe, it } from 'vitest';
import { checkCounts, K, type CountRow } from '../support/extract.ts';

describe('a count, then "غرقوا" / "غرقن" / "غرقتا"', () => {
  it.each<CountRow>([
    ['قالت خفر السواحل إن 9 صيادين غرقوا قبالة الساحل.', [K(9)]],
    ['وأفادت الشرطة بأن ثلاث فتيات غرقن في النهر أمس.', [K(3)]],
    ['وأكد المسؤول أن 6 أطفال غرقوا وأن اثنين نجوا.', [K(6)]],
    ['وذكرت البلدية أن امرأتين غرقتا في السيل.', [K(2)]],
    ['وقال إن طفلين غرقا في المسبح.', [K(2)]],
    ['غرقت 3 قوارب في الميناء.', []],
  ])('ar: %s', checkCounts('ar'));
});
