/** Punctuation tokens carry their id in the word table, as words do: answers about "," are cached at its id. */
import { describe, expect, it } from 'vitest';
import { internedWord, memoByWord, setWordTableLimit, tokenize, wordSet, type Token } from '../../lambdas/domain/text/tokens.ts';

describe('punctuation tokens', () => {
  it('carry the id of their mark, the same in every text until the table is cleared', () => {
    let calls = 0;
    const echo = memoByWord((w: string) => { calls++; return `echo:${w}`; });
    const a = tokenize('Four died, three (hurt).');
    const b = tokenize('Then, "five".');
    const commaA = a.find((t) => t.t === ',')!;
    const commaB = b.find((t) => t.t === ',')!;
    expect(commaA.kind).toBe('punct');
    expect(commaA.c).not.toBeUndefined();
    expect(commaB.c).toBe(commaA.c);
    expect(a.filter((t) => t.kind === 'punct').every((t) => internedWord(t) === t.t)).toBe(true);
    expect([echo(commaA), echo(commaB), echo(commaA)]).toEqual(['echo:,', 'echo:,', 'echo:,']);
    expect(calls).toBe(1);
    expect(tokenize('a, b', 0, 4, false)[1].c).toBeUndefined();
  });

  it('take a new id after a clear, and a token kept from before is answered again', () => {
    const old = setWordTableLimit(50);
    try {
      const before = tokenize('x, y.');
      tokenize(Array.from({ length: 60 }, (_, k) => `w${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}`).join(' '));
      const after = tokenize('z, w.'); // clears the table first
      expect(internedWord(before[1])).toBeUndefined();
      expect(internedWord(after[1])).toBe(',');
      expect(after[1].c).not.toBe(before[1].c);
    } finally {
      setWordTableLimit(old);
    }
  });

  it('are answered by word sets as a plain look-up, cached at their id, like numbers', () => {
    const set = wordSet([',', '12', 'dead']);
    const tokens = tokenize('dead 12, killed 13; 12,');
    const answers = () => tokens.map((t) => `${t.t}:${set.contains(t)}`);
    expect(answers()).toEqual(['dead:true', '12:true', ',:true', 'killed:false', '13:false', ';:false', '12:true', ',:true']);
    expect(answers()).toEqual(answers()); // cached answers are the same
    // a token made elsewhere (no id yet) is interned at the question
    const made: Token = { t: ',', s: 0, e: 1, kind: 'punct', c: undefined };
    expect(set.contains(made)).toBe(true);
    expect(made.c).toBe(tokens[2].c);
  });
});
