import { type Block, BlockWalker, type WalkOptions } from '../../../lib/page/block-walker.ts';

/** Real sentences from the seed article (tests/fixtures/seed-article.txt). */
export const SEED = {
  headline: 'المغرب والولايات المتحدة.. تنسيق أمني لمواجهة التحديات المشتركة',
  visit: 'استقبل المدير العام للأمن الوطني عبد اللطيف حموشي، صباح الثلاثاء الماضي، بمكتبه بالرباط.',
  fbi: 'مدير مكتب التحقيقات الفيدرالي الأمريكي، كريستوفر راي، الذي أجرى زيارة عمل إلى المملكة المغربية.',
  cherkaoui: 'وأضاف الشرقاوي، أن اللقاء يكتسي أهمية بالغة على المستوى الجيوسياسي.',
  sahel: 'مثل تنظيم القاعدة في بلاد المغرب الإسلامي، وجماعة نصرة الإسلام والمسلمين.',
} as const;

/** Replaces the test document's body and returns it. */
export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Every block under a root, read in one step, with ids from 1. */
export function readBlocks(root: Node, options: Partial<WalkOptions> = {}): Block[] {
  let id = 1;
  const blocks: Block[] = [];
  const walker = new BlockWalker(root, {
    nextId: () => id++,
    isVisible: () => true,
    descend: true,
    ...options,
  });
  walker.step(Number.POSITIVE_INFINITY, blocks);
  return blocks;
}

/** The first text node under an element whose data contains `text`. */
export function textNode(root: Node, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(text)) return node as Text;
  }
  throw new Error(`no text node with "${text}"`);
}
