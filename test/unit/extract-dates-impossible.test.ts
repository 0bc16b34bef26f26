/**
 * A day the month does not have, or a range that runs backwards, is no date: "31 February" once became 2 March and
 * "between 20 and 10 March" a range from the 20th to the 10th (found by fuzzing, fuzz9 E6). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { dates, values } from '../support/extract.ts';

const PUB = '2023-06-14';

describe('a day the month does not have names no date', () => {
  it.each([
    ['en', 'Four people were killed on 31 February in the raid.'],
    ['en', 'Four people were killed on April 31 in the raid.'],
    ['en', 'The storm hit on 29 February 2023.'],
    ['en', 'Strikes between 20 and 10 March killed 15 villagers.'],
    ['en', 'The curfew ran from December 31 to 30.'],
    ['ar', 'قتل 4 أشخاص يوم 31 شباط في الغارة.'],
    ['ar', 'قتل 4 أشخاص يوم 31 نيسان في الغارة.'],
  ] as const)('%s: %s', (lang, text) => expect(values(dates(text, lang, PUB))).toEqual([]));
});

describe('the days a month has still do', () => {
  it.each([
    ['en', 'Four people were killed on 28 February in the raid.', [['2023-02-28']]],
    ['en', 'The storm hit on 29 February 2024.', [['2024-02-29']]],
    ['en', 'Strikes between 10 and 20 March killed 15 villagers.', [['2023-03-10..2023-03-20']]],
    ['en', 'Four people were killed on April 30 in the raid.', [['2023-04-30']]],
    ['ar', 'قتل 4 أشخاص يوم 30 نيسان في الغارة.', [['2023-04-30']]],
  ] as const)('%s: %s', (lang, text, expected) => expect(values(dates(text, lang, PUB))).toEqual(expected));
});
