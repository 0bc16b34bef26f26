/**
 * Constructions a trial user met (/work/notes/trial7.md, findings 2, 3, 5, 7, 8, 10, 33, 35), fixed as constructions:
 * one table per construction, in both languages where it exists, with sentences written for this test.
 * [kind, min, max, qualifier] of each count in order; [] where no number is a casualty count.
 */
import { describe, it } from 'vitest';
import { checkCounts, type CountRow } from '../support/extract.ts';

type Row = CountRow;
const check = checkCounts;

describe('taking people by force is an abduction: seized, snatched, taken hostage or captive', () => {
  it.each<Row>([
    ['Gunmen seized two engineers at a checkpoint on Monday.', [['missing', 2, 2, 'exact']]],
    ['Pirates seized 12 sailors near the coast, the navy said.', [['missing', 12, 12, 'exact']]],
    ['Armed men snatched nine passengers from a minibus.', [['missing', 9, 9, 'exact']]],
    ['At least 20 villagers were taken hostage during the raid.', [['missing', 20, null, 'at_least']]],
    ['Three nurses were taken captive by the militia.', [['missing', 3, 3, 'exact']]],
    // Suspects seized are arrested; things seized are no casualty.
    ['Police seized 4 suspects after the robbery.', [['arrested', 4, 4, 'exact']]],
    ['Troops seized 12 rifles and 300 rounds of ammunition.', []],
    ['Customs officers seized 2 trucks at the border.', []],
    ['A thief snatched 3 phones from a stall.', []],
  ])('en: %s', check('en'));
});
