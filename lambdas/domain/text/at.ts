/**
 * list[k], or undefined when k is before the first element. The rules read "the token before" everywhere, also at
 * the start of a sentence; reading an array at a negative index is a property look-up by the name "-1", which turns
 * V8's access site generic (slow for every later read there, of any index). Unlike Array.prototype.at, a negative
 * k does not count from the end.
 */
export const at = <T>(list: readonly T[], k: number): T | undefined => (k >= 0 ? list[k] : undefined);
