/**
 * bin/const-top-level.mjs: which top-level declarations of a bundle become `const`, and that the code still means the same.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { constTopLevel } from '../../bin/const-top-level.mjs';

const run = (code: string): { code: string; changed: number; kept: number } => constTopLevel(code);
/** The keyword each top-level declaration of `names` ends up with. */
function kinds(code: string, names: string[]): Record<string, string> {
  const out = run(code).code;
  return Object.fromEntries(names.map((n) => [n, new RegExp(`\\b(var|let|const) ${n}\\b`).exec(out)?.[1] ?? 'none']));
}

describe('constTopLevel', () => {
  it('writes const for module constants and leaves every name that is assigned anywhere a var', () => {
    // Arrange
    const code = [
      'var A = 1, B = [2];', 'var C = 3;', 'var D = 4;', 'var E = 5;', 'var F = 6;', 'var G = 7;', 'var H;', 'let I = 8;',
      'C = 9;', 'function f(xs) { D++; for (E of xs); [F] = xs; ({ q: G } = xs[0]); }',
    ].join('\n');
    // Act
    const k = kinds(code, ['A', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    // Assert: "var A = 1, B = [2]" is one statement, both constants
    expect(k).toEqual({ A: 'const', C: 'var', D: 'var', E: 'var', F: 'var', G: 'var', H: 'var', I: 'const' });
    expect(run(code).code).toContain('const A = 1, B = [2];');
  });

  it('leaves a name declared twice in the module scope alone, but not one a function declares for itself', () => {
    // Arrange: a block's var is hoisted into the module scope; a function's is its own
    const code = 'var A = 1;\nif (globalThis.x) { var A = 2; }\nvar B = 1;\nfunction B2() {}\nvar C = 1;\nfunction g() { var C = 2; return C; }\n';
    // Act
    const out = run(code).code;
    // Assert
    expect(out).toContain('var A = 1;');
    expect(out).toContain('const B = 1;');
    expect(out).toContain('const C = 1;');
    expect(out).toContain('function g() { var C = 2;');
  });

  it('keeps exports and destructured constants, and the module evaluates to the same values', async () => {
    // Arrange
    const code = 'var { a, b: [c] } = { a: 1, b: [2] };\nexport var sum = a + c;\nvar n = 0;\nexport function bump() { return ++n; }\n';
    // Act
    const { code: out, changed, kept } = run(code);
    const mod = await import(`data:text/javascript,${encodeURIComponent(out)}`);
    // Assert
    expect(out).toContain('const { a, b: [c] }');
    expect(out).toContain('export const sum');
    expect(out).toContain('var n = 0');
    expect([changed, kept]).toEqual([2, 1]);
    expect([mod.sum, mod.bump(), mod.bump()]).toEqual([3, 1, 2]);
  });
});
