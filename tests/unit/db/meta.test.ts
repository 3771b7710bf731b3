import { describe, expect, it } from 'vitest';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { getRevision, loadCompiledMatcher, saveCompiledMatcher } from '../../../lib/db/meta.ts';
import { freshDb, makeEntity } from './helpers.ts';

describe('compiled matcher store', () => {
  it('returns the matcher compiled from the current revision', async () => {
    const db = freshDb();
    await putUserEntity(db, makeEntity('user.a'));
    const data = new Uint8Array([1, 2, 3]).buffer;
    await saveCompiledMatcher(db, { revision: await getRevision(db), data });
    const loaded = await loadCompiledMatcher(db);
    expect(new Uint8Array(loaded?.data ?? new ArrayBuffer(0))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('returns nothing once the knowledge changed after compiling', async () => {
    const db = freshDb();
    await saveCompiledMatcher(db, { revision: await getRevision(db), data: new ArrayBuffer(1) });
    await putUserEntity(db, makeEntity('user.a'));
    expect(await loadCompiledMatcher(db)).toBeUndefined();
  });
});
