import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('whole words only', () => {
  it.each([
    ['زار المغرب أمس', ['Morocco:المغرب']],
    ['العلاقات المغربية الأمريكية', []],
    ['التعاون المغربي', []],
    ['المغرب، والجزائر', ['Morocco:المغرب', 'Algeria:الجزائر']],
    ['(المغرب)', ['Morocco:المغرب']],
    ['المغربxyz', []],
    ['في لندن2022', []],
    ['المَغْرِب', ['Morocco:المَغْرِب']],
    ['الولايات\u00a0المتحدة', ['United States:الولايات\u00a0المتحدة']],
    ['الولايات. المتحدة', []],
    ['الولايات\n\nالمتحدة', []],
    ['الولايات\nالمتحدة', ['United States:الولايات\nالمتحدة']],
    ['الولايات\r\nالمتحدة', ['United States:الولايات\r\nالمتحدة']],
    ['الولايات\rالمتحدة', ['United States:الولايات\rالمتحدة']],
    ['الولايات\r\n\r\nالمتحدة', []],
    ['الولايات\n\rالمتحدة', []],
    // a paragraph separator is a paragraph break; a line separator a line break
    ['الولايات\u2029المتحدة', []],
    ['الولايات\u2028المتحدة', ['United States:الولايات\u2028المتحدة']],
    // the Arabic letter mark is invisible, as RLM is
    ['الولايات\u061c المتحدة', ['United States:الولايات\u061c المتحدة']],
    ['المغ\u061cرب', ['Morocco:المغ\u061cرب']],
    // decomposed hamza seats are the letters they stand for; spans stay on the written text
    ['فو\u0654اد السنيورة', ['Fouad Siniora:فو\u0654اد السنيورة']],
    ['الجزاي\u0654ر', ['Algeria:الجزاي\u0654ر']],
    // a zero-width space is a word break, as Unicode reads it; ZWNJ stays invisible
    ['المغرب\u200bالجزائر', ['Morocco:المغرب', 'Algeria:الجزائر']],
    ['الولايات\u200bالمتحدة', ['United States:الولايات\u200bالمتحدة']],
    ['المغ\u200cرب', ['Morocco:المغ\u200cرب']],
    // NUL is no mark: it separates
    ['المغ\u0000رب', []],
    ['المغرب\u0000الرباط', ['Morocco:المغرب', 'Rabat:الرباط']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
