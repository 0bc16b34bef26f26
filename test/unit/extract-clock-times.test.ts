/**
 * The minutes of a clock time and the second part of a fraction are no counts: "The blast at 22:15 killed 9 people"
 * once gave "15 killed" beside "killed 9" (found by fuzzing, fuzz9 E5). Sentences written for this test.
 */
import { describe, it } from 'vitest';
import { checkCounts, K, I } from '../support/extract.ts';

describe('the digits after a colon or slash are no count', () => {
  it.each([
    ['The blast at 22:15 killed 9 people.', [K(9)]],
    ['The fire broke out at 04:30 and injured 12 workers.', [I(12)]],
    ['Police said 3/4 killed in the crash were children.', []],
  ] as const)('en: %s', (text, expected) => checkCounts('en')(text, expected));
  it.each([
    ['وقع الانفجار عند الساعة 22:15 وقتل 9 أشخاص.', [K(9)]],
    ['اندلع الحريق في الساعة 04:30 وأصيب 12 عاملا.', [I(12)]],
  ] as const)('ar: %s', (text, expected) => checkCounts('ar')(text, expected));
});
