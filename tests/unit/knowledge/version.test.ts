import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../lib/knowledge/version.ts';

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0', '1.0.0', 0],
    ['1.10.0', '1.9.0', 1],
    ['2', '1.99.99', 1],
    ['1.0.0', '1.0.1', -1],
    ['1.0.0-beta.1', '1.0.0', -1],
    ['1.0.0-beta.10', '1.0.0-beta.2', 1],
    ['2026.5.3.143015', '2026.5.3.90000', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
