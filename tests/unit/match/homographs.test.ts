import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PackFile } from '../../../lib/knowledge/types.ts';
import { compileMatcher, createScanner } from '../../../lib/match/index.ts';

const PACK = JSON.parse(
  readFileSync(new URL('../../../public/packs/default.json', import.meta.url), 'utf8'),
) as PackFile;
const matcher = compileMatcher(
  PACK.entities.map((e) => ({ id: e.id, aliases: [e.name_ar, ...e.aliases_ar] })),
);

/** Entity ids found in a page of blocks, in order. */
const ids = (...blocks: string[]) => {
  const scanner = createScanner(matcher);
  return blocks.flatMap((block) => scanner.scan(block).map((m) => m.entity));
};

describe('homographs of default-pack names in news prose', () => {
  it.each([
    'ولولا الدعم الدولي لما صمدت المدينة',
    'وفي مشهد مؤلم، غمرت سيول جارفة القرى',
    'اندلع صدام مسلح قرب الحدود',
    'بلغت الأسعار الحد الأقصى المسموح به',
    'تلقت البلديات دعم مالي إضافي',
    'عاد المعارض من المنفى',
    'وكانت العقبة الرئيسية هي التمويل',
    'خسائر تقدر بمليار وبليون دولار',
    'فسرت الحكومة القرار، وقال في كلامي اليوم',
    'في شتى الميادين، وبالسلاح الأبيض',
  ])('links no name in: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('links them once the page has named the entity in full', () => {
    expect(
      ids(
        'استقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا نظيره',
        'وقال لولا إن البلدين يتفقان',
        'وشهدت مدينة سرت الليبية اشتباكات، ثم عاد الهدوء إلى سرت',
      ),
    ).toEqual(['lula-da-silva', 'lula-da-silva', 'sirte', 'sirte']);
    expect(ids('وصل الوفد إلى جمهورية مالي', 'وتشهد مالي أزمة')).toEqual(['mali', 'mali']);
  });
});
