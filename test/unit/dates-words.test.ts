/** dates/words.ts reads day and year numbers by their character codes: the values Number() gives. */
import { describe, expect, it } from 'vitest';
import { dayNumber, yearAt } from '../../lambdas/domain/extract/dates/words.ts';
import type { Token } from '../../lambdas/domain/text/tokens.ts';

const num = (t: string): Token => ({ t, s: 0, e: t.length, kind: 'num', c: undefined });

describe('day and year numbers', () => {
  it('reads every one- and two-digit day as Number() does, 1 to 31 only', () => {
    for (let n = 0; n < 100; n++) {
      for (const t of n < 10 ? [String(n), `0${n}`] : [String(n)]) {
        expect(dayNumber(num(t)), t).toBe(Number(t) >= 1 && Number(t) <= 31 ? Number(t) : undefined);
      }
    }
    expect(dayNumber(num('123'))).toBeUndefined();
    expect(dayNumber(num('1,5'))).toBeUndefined();
  });

  it('reads every year from 1800 to 2099 as Number() does, and no other four digits', () => {
    for (let n = 1000; n < 10000; n++) expect(yearAt(num(String(n))), String(n)).toBe(n >= 1800 && n <= 2099 ? n : undefined);
    expect(yearAt(num('2,02'))).toBeUndefined();
  });
});
