import { describe, expect, it } from 'vitest';
import { KnowledgeService } from '../../../lib/background/knowledge-service.ts';
import { createDatabase, type SiyaqDB } from '../../../lib/db/database.ts';
import { putUserEntity } from '../../../lib/db/entities.ts';
import { getRevision, loadCompiledMatcher, removedPacks, saveCompiledMatcher } from '../../../lib/db/meta.ts';
import { removePack } from '../../../lib/db/packs.ts';
import { importPack } from '../../../lib/knowledge/import.ts';
import type { PackFile } from '../../../lib/knowledge/types.ts';
import { makeEntity } from '../db/helpers.ts';

const DEFAULT_PACK: PackFile = {
  format: 'siyaq-pack',
  format_version: 1,
  pack: { id: 'default', name: 'Siyaq default pack', version: '1.0.0', source: 'tests', license: 'CC0-1.0' },
  entities: [
    makeEntity('morocco', { name_ar: 'المغرب', name_en: 'Morocco', aliases_ar: ['المملكة المغربية'] }),
    makeEntity('rabat', { name_ar: 'الرباط', name_en: 'Rabat' }),
    makeEntity('fbi', { type: 'org', name_ar: 'مكتب التحقيقات الفيدرالي', name_en: 'FBI' }),
    // راي is a common word (رأي, opinion): the surname alone only counts after the full name on the page
    makeEntity('christopher-wray', {
      type: 'person',
      name_ar: 'كريستوفر راي',
      name_en: 'Christopher Wray',
      aliases_ar: ['راي'],
    }),
  ],
};

const VISIT =
  'استقبل عبد اللطيف حموشي، بمكتبه بالرباط، مدير مكتب التحقيقات الفيدرالي الأمريكي، كريستوفر راي، الذي أجرى زيارة عمل إلى المملكة المغربية.';

/** A service over a fresh database whose bundled pack is DEFAULT_PACK; counts how often it is read. */
function createService(db: SiyaqDB = createDatabase(`test-${crypto.randomUUID()}`)) {
  return createServiceWith(db, DEFAULT_PACK);
}

function createServiceWith(db: SiyaqDB, bundled: PackFile) {
  const reads = { count: 0 };
  const service = new KnowledgeService(db, async () => {
    reads.count++;
    return structuredClone(bundled);
  });
  return { service, db, reads };
}

/** Scans one block and gives "entity:text" for each mention. */
async function found(service: KnowledgeService, text: string, reset = true, page = '7:0'): Promise<string[]> {
  const { mentions } = await service.scan(page, [{ id: 1, text }], reset);
  return mentions.map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
}

describe('KnowledgeService', () => {
  it('installs the bundled pack once', async () => {
    const { service, reads } = createService();
    const first = await service.ensureDefaultPack();
    const second = await service.ensureDefaultPack();
    expect([first?.status, first?.added, second, reads.count]).toEqual(['installed', 4, null, 1]);
  });

  it('leaves the bundled pack out once the user removed it, on restart and on update', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    await removePack(db, 'default');
    const restarted = createService(db).service;
    expect([await restarted.ensureDefaultPack(), await restarted.ensureDefaultPack(true)]).toEqual([
      null,
      null,
    ]);
    expect([await db.packs.count(), await db.entities.count()]).toEqual([0, 0]);
  });

  it('brings the bundled pack back when the user imports it again', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    await removePack(db, 'default');
    await importPack(db, structuredClone(DEFAULT_PACK));
    expect(await removedPacks(db)).toEqual([]);
    const update = { ...structuredClone(DEFAULT_PACK), pack: { ...DEFAULT_PACK.pack, version: '1.1.0' } };
    const { service: updated } = createServiceWith(db, update);
    expect((await updated.ensureDefaultPack(true))?.status).toBe('updated');
  });

  it('a page that goes on after a worker restart keeps the evidence its guarded names need', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    expect(await found(service, VISIT)).toContain('christopher-wray:كريستوفر راي');
    // The worker stops; the page appends a paragraph that names Wray by the common word راي alone.
    const LATER = 'وأكد راي أن التعاون الأمني مع المغرب نموذجي.';
    const restarted = createService(db).service;
    const named = () => ['christopher-wray', 'morocco'];
    const { mentions } = await restarted.scan('7:0', [{ id: 2, text: LATER }], false, named);
    expect(mentions.map((m) => `${m.entity}:${LATER.slice(m.start, m.end)}`)).toEqual([
      'christopher-wray:راي',
      'morocco:المغرب',
    ]);
    // Without that memory the guard rightly refuses the word.
    expect(await found(createService(db).service, LATER, false, '8:0')).toEqual(['morocco:المغرب']);
  });

  it('finds the pack’s names in a block, with summaries of their entities', async () => {
    const { service } = createService();
    await service.ensureDefaultPack();
    const result = await service.scan('7:0', [{ id: 4, text: VISIT }], true);
    expect(result.mentions.map((m) => [m.block, m.entity, VISIT.slice(m.start, m.end)])).toEqual([
      [4, 'rabat', 'الرباط'],
      [4, 'fbi', 'مكتب التحقيقات الفيدرالي'],
      [4, 'christopher-wray', 'كريستوفر راي'],
      [4, 'morocco', 'المملكة المغربية'],
    ]);
    expect(result.entities).toEqual([
      { id: 'rabat', type: 'place', name_ar: 'الرباط', name_en: 'Rabat' },
      { id: 'fbi', type: 'org', name_ar: 'مكتب التحقيقات الفيدرالي', name_en: 'FBI' },
      { id: 'christopher-wray', type: 'person', name_ar: 'كريستوفر راي', name_en: 'Christopher Wray' },
      { id: 'morocco', type: 'place', name_ar: 'المغرب', name_en: 'Morocco' },
    ]);
  });

  it('keeps the block ids of a multi-block scan', async () => {
    const { service } = createService();
    await service.ensureDefaultPack();
    const { mentions } = await service.scan(
      '7:0',
      [
        { id: 1, text: 'المغرب والولايات المتحدة.. تنسيق أمني' },
        { id: 2, text: 'English only' },
        { id: 3, text: 'مركز الرباط للدراسات' },
      ],
      true,
    );
    expect(mentions.map((m) => [m.block, m.entity])).toEqual([
      [1, 'morocco'],
      [3, 'rabat'],
    ]);
  });

  it('stores the compiled matcher for the current knowledge revision', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    await service.matcher();
    const stored = await loadCompiledMatcher(db);
    expect(stored?.revision).toBe(await getRevision(db));
    expect(stored?.data.byteLength).toBeGreaterThan(0);
  });

  it('a new service (a restarted worker) finds the same mentions from the stored matcher', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    const before = await found(service, VISIT);
    expect(await loadCompiledMatcher(db)).toBeDefined();
    const restarted = createService(db);
    expect([await found(restarted.service, VISIT), restarted.reads.count]).toEqual([before, 0]);
  });

  it('a stored matcher from an older revision is not used', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    await service.matcher();
    await putUserEntity(
      db,
      makeEntity('user.cherkaoui', { type: 'person', name_ar: 'خالد الشرقاوي السموني' }),
    );
    const restarted = createService(db).service;
    expect(await found(restarted, 'قال خالد الشرقاوي السموني')).toEqual([
      'user.cherkaoui:خالد الشرقاوي السموني',
    ]);
  });

  it('a stored matcher this build cannot load (an older format) is compiled again, not fatal', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    const before = await found(service, VISIT);
    const stored = (await loadCompiledMatcher(db))!;
    const older = stored.data.slice(0);
    new DataView(older).setUint32(4, 2, true); // format version 2
    await saveCompiledMatcher(db, { revision: stored.revision, data: older });
    const restarted = createService(db).service;
    expect(await found(restarted, VISIT)).toEqual(before);
    expect(new DataView((await loadCompiledMatcher(db))!.data).getUint32(4, true)).not.toBe(2);
  });

  it('finds a name the user added once it recompiles', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    const text = 'قال خالد الشرقاوي السموني، مدير مركز الرباط للدراسات';
    expect(await found(service, text)).toEqual(['rabat:الرباط']);
    await putUserEntity(
      db,
      makeEntity('user.cherkaoui', { type: 'person', name_ar: 'خالد الشرقاوي السموني' }),
    );
    await service.recompile();
    expect(await found(service, text)).toEqual(['user.cherkaoui:خالد الشرقاوي السموني', 'rabat:الرباط']);
    expect((await loadCompiledMatcher(db))?.revision).toBe(await getRevision(db));
  });

  it('summarises a user entity found after recompiling', async () => {
    const { service, db } = createService();
    await service.ensureDefaultPack();
    await service.matcher();
    await putUserEntity(
      db,
      makeEntity('user.cherkaoui', {
        type: 'person',
        name_ar: 'خالد الشرقاوي السموني',
        name_en: 'Khalid Cherkaoui Semmouni',
      }),
    );
    await service.recompile();
    const { entities } = await service.scan('7:0', [{ id: 1, text: 'قال خالد الشرقاوي السموني' }], true);
    expect(entities).toEqual([
      {
        id: 'user.cherkaoui',
        type: 'person',
        name_ar: 'خالد الشرقاوي السموني',
        name_en: 'Khalid Cherkaoui Semmouni',
      },
    ]);
  });

  describe('the state of a page', () => {
    it('a guarded surname alone is not a mention', async () => {
      const { service } = createService();
      await service.ensureDefaultPack();
      expect(await found(service, 'وقال راي إن التعاون مستمر')).toEqual([]);
    });

    it('a guarded surname counts after the full name in an earlier block of the same page', async () => {
      const { service } = createService();
      await service.ensureDefaultPack();
      await found(service, 'مدير مكتب التحقيقات الفيدرالي كريستوفر راي');
      expect(await found(service, 'وقال راي إن التعاون مستمر', false)).toEqual(['christopher-wray:راي']);
    });

    it('reset starts a new page: the full name seen before no longer counts', async () => {
      const { service } = createService();
      await service.ensureDefaultPack();
      await found(service, 'مدير مكتب التحقيقات الفيدرالي كريستوفر راي');
      expect(await found(service, 'وقال راي إن التعاون مستمر', true)).toEqual([]);
    });

    it('pages are kept apart by their key', async () => {
      const { service } = createService();
      await service.ensureDefaultPack();
      await found(service, 'كريستوفر راي', true, '7:0');
      expect(await found(service, 'وقال راي', false, '7:3')).toEqual([]);
    });

    it('forgetPages drops the state of every page under a prefix', async () => {
      const { service } = createService();
      await service.ensureDefaultPack();
      await found(service, 'كريستوفر راي', true, '7:0');
      await found(service, 'كريستوفر راي', true, '8:0');
      service.forgetPages('7:');
      expect([
        await found(service, 'وقال راي', false, '7:0'),
        await found(service, 'وقال راي', false, '8:0'),
      ]).toEqual([[], ['christopher-wray:راي']]);
    });
  });

  it('summaries skip ids that are not stored', async () => {
    const { service } = createService();
    await service.ensureDefaultPack();
    expect((await service.summaries(['rabat', 'no-such-entity'])).map((e) => e.id)).toEqual(['rabat']);
  });
});
