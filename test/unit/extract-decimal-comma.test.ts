/**
 * A comma with one or two digits after it is a decimal comma, as many Arabic and European newsrooms write it
 * ("1,5 مليون", "2,25 million"): it was read as thousands without the comma ("1,5 مليون" gave 15 million). Thousands
 * keep three digits after each comma. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { D, K, checkCounts } from '../support/extract.ts';

describe('a decimal comma before a scale word', () => {
  it.each([
    ['وأدى القتال إلى نزوح 1,5 مليون شخص عن منازلهم.', [D(1500000)]],
    ['وقتل 2,5 ألف شخص في المجاعة.', [K(2500)]],
  ] as const)('ar: %s', (text, expected) => checkCounts('ar')(text, expected));

  it.each([
    ['The floods displaced 2,25 million people across the delta.', [D(2250000)]],
    // Thousands as before.
    ['The floods displaced 2,250 people across the delta.', [D(2250)]],
    ['The floods displaced 1,250,000 people across the delta.', [D(1250000)]],
  ] as const)('en: %s', (text, expected) => checkCounts('en')(text, expected));
});
