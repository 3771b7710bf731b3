import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('whole words only', () => {
  it.each([
    ['زار المغرب أمس', ['Morocco:المغرب']],
    ['العلاقات المغربية الأمريكية', []],
    ['التعاون المغربي', []],
    ['المغرب، والجزائر', ['Morocco:المغرب']],
    ['(المغرب)', ['Morocco:المغرب']],
    ['المغربxyz', []],
    ['في لندن2022', []],
    ['المَغْرِب', ['Morocco:المَغْرِب']],
    ['الولايات\u00a0المتحدة', ['United States:الولايات\u00a0المتحدة']],
    ['الولايات. المتحدة', []],
    ['الولايات\n\nالمتحدة', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
