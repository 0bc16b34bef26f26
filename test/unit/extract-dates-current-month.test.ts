/**
 * A day and month followed by "الجاري" / "الحالي" (the current one) is a day of the month of publication, this year's,
 * even when the sentence tells of a past casualty and the day lies after publication. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { dates, values } from '../support/extract.ts';

describe('"N <month> الجاري" is this year\'s', () => {
  it.each([
    ['2024-10-12', 'وقتل 4 أشخاص في الهجوم الذي وقع يوم 15 أكتوبر الجاري.', [['2024-10-15']]],
    ['2024-10-20', 'وكانت السيول قد أودت بحياة 3 أشخاص في 15 تشرين الأول الجاري.', [['2024-10-15']]],
    ['2025-03-02', 'قتل جنديان في 1 آذار الحالي.', [['2025-03-01']]],
  ] as const)('%s: %s', (pub, text, expected) => expect(values(dates(text, 'ar', pub))).toEqual(expected));

  it('the span takes in the word', () => {
    const [hit] = dates('وقتل 4 أشخاص يوم 15 أكتوبر الجاري في الهجوم.', 'ar', '2024-10-12');
    expect(hit.text).toBe('يوم 15 أكتوبر الجاري');
  });
});
