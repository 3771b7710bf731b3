import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, loadMatcher, serializeMatcher } from '../../../lib/match/index.ts';
import { SOURCES } from './gazetteer.ts';

const SEED = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');

describe('serialise / load', () => {
  it('gives the same mentions after a round trip', () => {
    const m = compileMatcher(SOURCES);
    const loaded = loadMatcher(serializeMatcher(m));
    expect(findMentions(loaded, SEED)).toEqual(findMentions(m, SEED));
    expect(loaded.entityIds).toEqual(m.entityIds);
  });

  it('round-trips an empty matcher', () => {
    const loaded = loadMatcher(serializeMatcher(compileMatcher([])));
    expect(findMentions(loaded, 'المغرب')).toEqual([]);
  });

  it('skips aliases that are empty after normalisation', () => {
    const m = compileMatcher([{ id: 'x', aliases: ['ـــ', '  ', 'المغرب'] }]);
    expect(findMentions(m, 'المغرب')).toEqual([{ start: 0, end: 6, entity: 'x' }]);
  });

  const good = serializeMatcher(compileMatcher(SOURCES));
  const badVersion = good.slice(0);
  new DataView(badVersion).setUint32(4, 999, true);
  const badMagic = good.slice(0);
  new DataView(badMagic).setUint32(0, 0, true);
  // The header's length of the first word filter (after magic, versions, flags, slots, lists).
  const badFilter = good.slice(0);
  new DataView(badFilter).setUint32(6 * 4, 3, true);
  it.each([
    ['an empty buffer', new ArrayBuffer(0), /too short/],
    ['a wrong magic', badMagic, /bad magic/],
    ['a newer format', badVersion, /format version 999/],
    ['a truncated buffer', good.slice(0, good.byteLength - 8), /header says/],
    ['a word filter whose size is not a power of two', badFilter, /word filters are malformed/],
  ])('rejects %s with a clear error', (_, buf, message) => {
    expect(() => loadMatcher(buf)).toThrow(message);
  });
});
