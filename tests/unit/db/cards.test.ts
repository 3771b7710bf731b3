import { describe, expect, it } from 'vitest';
import { getCachedCard, purgeExpiredCards, putCachedCard } from '../../../lib/db/cards.ts';
import { freshDb } from './helpers.ts';

describe('card cache', () => {
  it('returns a fresh entry', async () => {
    const db = freshDb();
    await putCachedCard(db, 'morocco', 'ar', { extract: 'نص' }, { ttlMs: 1_000, now: 0 });
    expect((await getCachedCard(db, 'morocco', 'ar', 999))?.payload).toEqual({ extract: 'نص' });
  });

  it('treats an expired entry as missing', async () => {
    const db = freshDb();
    await putCachedCard(db, 'morocco', 'ar', {}, { ttlMs: 1_000, now: 0 });
    expect(await getCachedCard(db, 'morocco', 'ar', 1_000)).toBeUndefined();
  });

  it('keeps languages apart', async () => {
    const db = freshDb();
    await putCachedCard(db, 'morocco', 'ar', 'ar text', { now: 0 });
    expect(await getCachedCard(db, 'morocco', 'en', 1)).toBeUndefined();
  });

  it('purges only expired entries', async () => {
    const db = freshDb();
    await putCachedCard(db, 'a', 'ar', 1, { ttlMs: 10, now: 0 });
    await putCachedCard(db, 'b', 'ar', 2, { ttlMs: 100, now: 0 });
    expect(await purgeExpiredCards(db, 50)).toBe(1);
    expect(await db.cards.count()).toBe(1);
  });
});
