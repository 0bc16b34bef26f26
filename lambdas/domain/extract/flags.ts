/**
 * Zeroed flags, one per token of the sentence in hand, in one typed array kept from call to call: a new typed
 * array per sentence is a native allocation, and it was ~7 % of the date scanner's time. Each scanner keeps its own
 * (the scanners do not re-enter themselves). Entries past the sentence read 0, like the undefined of a fresh array.
 */
export class Flags {
  private buf = new Uint8Array(256);
  /** Entries [0, dirty) may have been set by the last caller. */
  private dirty = 0;

  /** Flags for `n` tokens, all 0; the caller may set entries up to n + 1. */
  take(n: number): Uint8Array {
    if (n + 2 > this.buf.length) this.buf = new Uint8Array(2 * n + 2);
    else this.buf.fill(0, 0, this.dirty);
    this.dirty = n + 2;
    return this.buf;
  }
}
