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
});
