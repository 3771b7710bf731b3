import { describe, expect, it } from 'vitest';
import { positionCard, type Rect } from '../../../lib/page/position-card.ts';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };

/** A one-line mention 100px wide, 20px tall, with its top-left corner at (left, top). */
const mention = (left: number, top: number, width = 100): Rect => ({
  top,
  left,
  right: left + width,
  bottom: top + 20,
});

describe('positionCard', () => {
  it.each([
    // 6px below the line when there is room
    ['rtl', mention(300, 100), { side: 'below', top: 126 }],
    ['ltr', mention(300, 100), { side: 'below', top: 126 }],
    // the last line of the viewport: above, its bottom 6px over the mention
    ['rtl', mention(300, 700), { side: 'above', top: 494 }],
    ['ltr', mention(300, 700), { side: 'above', top: 494 }],
  ] as const)('%s %o goes %o', (dir, anchor, expected) => {
    expect(positionCard(anchor, card, viewport, dir)).toMatchObject(expected);
  });

  it.each([
    // RTL aligns the card's right edge with the mention's right edge (where Arabic text starts)
    ['rtl', mention(500, 100), 280],
    // LTR aligns left edges
    ['ltr', mention(500, 100), 500],
    // a mention near the left edge in RTL: the card is pushed right to the 8px margin
    ['rtl', mention(10, 100, 40), 8],
    // a mention near the right edge in LTR: the card is pulled left to stay 8px inside
    ['ltr', mention(900, 100, 80), 672],
  ] as const)('%s %o is aligned at left=%d', (dir, anchor, left) => {
    expect(positionCard(anchor, card, viewport, dir).left).toBe(left);
  });

  it('sticks to the margin when the card is wider than the viewport', () => {
    expect(
      positionCard(mention(100, 100), { width: 600, height: 200 }, { width: 400, height: 800 }, 'ltr').left,
    ).toBe(8);
  });

  it.each([
    // 800 - 120 bottom - 6 gap - 8 margin
    ['below', mention(300, 100), viewport, 666],
    // 700 top - 6 gap - 8 margin
    ['above', mention(300, 700), viewport, 686],
    // a tiny viewport (an embedded frame) still leaves a scrollable card of 120px
    ['below', mention(300, 40), { width: 1000, height: 150 }, 120],
  ] as const)('a tall card %s %o scrolls inside %o: maxHeight %d', (side, anchor, view, maxHeight) => {
    expect(positionCard(anchor, { width: 320, height: 900 }, view, 'rtl')).toMatchObject({ side, maxHeight });
  });

  it.each([
    ['scrolled up out of view', mention(300, -400), 8],
    ['scrolled down out of view', mention(300, 1200), 800 - 8 - 200],
  ])('keeps a (pinned) card on screen when its mention is %s', (_, anchor, top) => {
    expect(positionCard(anchor, card, viewport, 'rtl').top).toBe(top);
  });

  it('prefers the larger side when the card fits neither', () => {
    // 272px below, 480px above: a 900px card goes above and scrolls
    const placement = positionCard(mention(300, 494), { width: 320, height: 900 }, viewport, 'rtl');
    expect(placement.side).toBe('above');
    expect(placement.top).toBe(8);
  });

  const anchors: Rect[] = [
    mention(300, 100),
    mention(300, 700),
    mention(0, 0),
    mention(900, 780),
    mention(450, 390),
    { top: 120.4, left: 10.6, right: 210.2, bottom: 141.7 },
    // a mention wrapping onto two lines: its rect is the union of both
    { top: 300, left: 40, right: 960, bottom: 344 },
  ];
  const cards = [
    { width: 320, height: 200 },
    { width: 320, height: 900 },
    { width: 200, height: 60 },
  ];
  const cases = anchors.flatMap((anchor) => cards.map((c) => [anchor, c] as const));

  it.each(cases)('never covers the mention %o with card %o', (anchor, c) => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const p = positionCard(anchor, c, viewport, dir);
      const shown = Math.min(c.height, p.maxHeight);
      if (p.side === 'below') expect(p.top).toBeGreaterThanOrEqual(anchor.bottom);
      else expect(p.top + shown).toBeLessThanOrEqual(anchor.top);
    }
  });

  it.each(cases)('keeps the card for mention %o (card %o) inside the viewport horizontally', (anchor, c) => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const { left } = positionCard(anchor, c, viewport, dir);
      expect(left).toBeGreaterThanOrEqual(8);
      expect(left + c.width).toBeLessThanOrEqual(viewport.width - 8);
    }
  });
});
