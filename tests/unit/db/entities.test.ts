import { describe, expect, it } from 'vitest';
import { deleteEntity, getEntity, newUserEntityId, putUserEntity } from '../../../lib/db/entities.ts';
import { getRevision } from '../../../lib/db/meta.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import { PackError } from '../../../lib/knowledge/pack-error.ts';
import { freshDb, makeEntity, makePack } from './helpers.ts';

describe('user entities', () => {
  it('puts a new entity in the user pack, marked as edited', async () => {
    const db = freshDb();
    const stored = await putUserEntity(db, makeEntity('user.x1'), 5);
    expect(stored).toMatchObject({ pack: 'user', userEdited: true, updatedAt: 5 });
    expect(await getEntity(db, 'user.x1')).toEqual(stored);
  });

  it('keeps an edited pack entity in its pack, marked as edited', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('morocco')]));
    const stored = await putUserEntity(db, makeEntity('morocco', { description_en: 'Edited' }));
    expect(stored).toMatchObject({ pack: 'test-pack', userEdited: true, description_en: 'Edited' });
  });

  it('validates like a pack and writes nothing on error', async () => {
    const db = freshDb();
    await expect(
      putUserEntity(db, makeEntity('user.x', { links: { website: 'javascript:alert(1)' } })),
    ).rejects.toThrow(PackError);
    expect(await db.entities.count()).toBe(0);
  });

  it('bumps the knowledge revision on put and delete', async () => {
    const db = freshDb();
    await putUserEntity(db, makeEntity('user.x'));
    expect(await getRevision(db)).toBe(1);
    expect(await deleteEntity(db, 'user.x')).toBe(true);
    expect(await getRevision(db)).toBe(2);
  });

  it('reports deleting a missing entity without bumping the revision', async () => {
    const db = freshDb();
    expect(await deleteEntity(db, 'nope')).toBe(false);
    expect(await getRevision(db)).toBe(0);
  });

  it('keeps the pack count true after a delete', async () => {
    const db = freshDb();
    await importPack(db, makePack([makeEntity('a'), makeEntity('b')]));
    await deleteEntity(db, 'a');
    expect((await db.packs.get('test-pack'))?.entityCount).toBe(1);
  });

  it('makes new ids that pass the id pattern and stay clear of pack ids', () => {
    expect(newUserEntityId(0, () => 0.5)).toMatch(/^user\.[a-z0-9]+$/);
  });
});
