import { describe, expect, it } from 'vitest';
import { table } from '../../bin/cli/common.ts';

describe('the CLI tables', () => {
  it('cut long cells at the width given, but never an id, which is pasted into the next command', () => {
    // Arrange
    const id = 'art-a9c77cb96d4b2629d32c.casualty-1043-1165';
    const text = 'thirty-three soldiers were killed in an air strike on the road to the town, the ministry said';
    // Act
    const out = table(['claim id', 'text'], [[id, text]], 40);
    // Assert
    const row = out.split('\n')[1];
    expect(row.startsWith(`${id}  `)).toBe(true);
    expect(row).toContain(`${text.slice(0, 39)}…`);
    expect(row).not.toContain(text);
  });
});
