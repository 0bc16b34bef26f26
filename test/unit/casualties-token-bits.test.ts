import { describe, expect, it } from 'vitest';
import { casualties, counts } from '../support/extract.ts';

// The scanner reads each token's kind and word classes from an array indexed like its tokens (tokens.ts' bitsOf): the
// tokenizer's own, or one made for the tokens it rebuilds (a number out of parentheses, a spaced dash). These sentences
// put the words its gates read (a count's opener, an aside, a person noun, a quiet word) after such a rebuild, where an
// array of the tokenizer's indices would read the wrong token.
describe('casualty scanner on rebuilt tokens and its word-class gates', () => {
  it.each([
    // A number restated in parentheses: one token fewer from there on.
    ['Nine (9) people were killed in the blast.', [['killed', 9, 9, 'exact']]],
    ['Police said (AP) that three men were arrested and two (2) women were injured.', [['arrested', 3, 3, 'exact'], ['injured', 2, 2, 'exact']]],
    ['Two (2) men were killed and three women were injured.', [['killed', 2, 2, 'exact'], ['injured', 3, 3, 'exact']]],
    ['Nine (9) people were killed and the driver was injured.', [['killed', 9, 9, 'exact'], ['injured', 1, 1, 'exact']]],
    ['Eleven (11) people, including three children, were hurt.', [['injured', 11, 11, 'exact'], ['injured', 3, 3, 'exact']]],
    ['Two (2) of the wounded later died.', [['killed', 2, 2, 'exact']]],
    // A spaced dash: one token more from there on.
    ['Seven people - four adults and three children - were hurt in the crash.', [['injured', 7, 7, 'exact'], ['injured', 4, 4, 'exact'], ['injured', 3, 3, 'exact']]],
    // Both.
    ['At least 20 people - most of them migrants - were killed, and 12 (twelve) others were injured.', [['killed', 20, null, 'at_least'], ['injured', 12, 12, 'exact']]],
  ])('%s', (text, expected) => {
    expect(counts(casualties(text, 'en'))).toEqual(expected);
  });

  it.each([
    // An aside before the count ("among them", "11 of them", "including").
    ['Five people, among them two children, were killed.', [['killed', 5, 5, 'exact'], ['killed', 2, 2, 'exact']]],
    ['Twelve migrants drowned, 11 of them children, officials said.', [['killed', 12, 12, 'exact'], ['killed', 11, 11, 'exact']]],
    ['Thirty people were injured, including 4 of them critically.', [['injured', 30, 30, 'exact'], ['injured', 4, 4, 'exact']]],
    ['Two Indian nationals among 5 killed.', [['killed', 2, 2, 'exact'], ['killed', 5, 5, 'exact']]],
    // A person noun within reach of "a", "the", "his".
    ['A 42-year-old woman was killed and her son was injured.', [['killed', 1, 1, 'exact'], ['injured', 1, 1, 'exact']]],
    ['The driver was injured, police said.', [['injured', 1, 1, 'exact']]],
    ['His brother was also killed in the attack.', [['killed', 1, 1, 'exact']]],
    // Quiet words between the count and its predicate.
    ['Four men working on a construction site near the river were injured.', [['injured', 4, 4, 'exact']]],
  ])('%s', (text, expected) => {
    expect(counts(casualties(text, 'en'))).toEqual(expected);
  });

  it('an Arabic aside ("بينهم") between commas', () => {
    expect(counts(casualties('قتل 5 أشخاص، بينهم 3 أطفال، في القصف.', 'ar'))).toEqual([['killed', 5, 5, 'exact'], ['killed', 3, 3, 'exact']]);
  });
});
