import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('spacing variants', () => {
  it.each([
    // a space missing after a compound particle
    ['عبداللطيف حموشي', ['Hammouchi:عبداللطيف حموشي']],
    // a space missing before an inner word that starts with ال
    ['الولاياتالمتحدة', ['United States:الولاياتالمتحدة']],
    ['استقبل المديرالعام', ['General Director:المديرالعام']],
    // a long ال-name glued to the previous word
    ['فيالولايات المتحدة', ['United States:الولايات المتحدة']],
    // but never a short one, nor a one-word one
    ['فيالمغرب', []],
    // a missing space elsewhere is not a variant
    ['كريستوفرراي', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads an unbroken run of letters in linear time', () => {
    // 10,000 × الولايات with no space: each inner ال once cost a pass over the whole run (3.9 s here).
    const run = (n: number) => 'الولايات'.repeat(n);
    const time = (text: string) => {
      const t0 = performance.now();
      found(text);
      return performance.now() - t0;
    };
    time(run(100));
    const small = Math.max(time(run(1_000)), 0.5);
    const large = time(run(10_000));
    expect(found(`${run(20)} المغرب`)).toEqual(['Morocco:المغرب']);
    // Ten times the text in well under a hundred times the time (quadratic would be 100×).
    expect(large / small).toBeLessThan(40);
  });
});
