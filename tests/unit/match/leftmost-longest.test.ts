import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('leftmost-longest, non-overlapping', () => {
  it.each([
    ['تنظيم القاعدة في بلاد المغرب الإسلامي', ['AQIM:تنظيم القاعدة في بلاد المغرب الإسلامي']],
    ['تنظيم القاعدة في العراق', ['Al-Qaeda:تنظيم القاعدة']],
    ['الولايات المتحدة الأمريكية والمغرب', ['United States:الولايات المتحدة الأمريكية', 'Morocco:المغرب']],
    ['المديرية العامة للأمن الوطني', ['DGSN:المديرية العامة للأمن الوطني']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
