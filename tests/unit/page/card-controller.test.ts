// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardView } from '../../../lib/knowledge/card.ts';
import { type CardActions, CardController } from '../../../lib/page/card-controller.ts';
import { makeCard } from '../components/fixtures.ts';
import { setBody, textNode } from './dom.ts';

let current: CardController | undefined;
afterEach(() => current?.destroy());

/**
 * A controller whose renderer writes the card's name as a button, hands the test the card's actions and
 * records every card it shows; `fetchCard` answers as the background would.
 */
function createController(
  fetchCard: (id: string) => Promise<CardView | null> = async (id) =>
    makeCard({ id, name: { text: id, lang: 'en' } }),
) {
  const shown: { actions?: CardActions; cards: CardView[] } = { cards: [] };
  const cards = new CardController(document, {
    fetchCard,
    renderer: {
      render(mount, card, _pinned, actions) {
        mount.innerHTML = '';
        const button = document.createElement('button');
        button.textContent = card.id;
        mount.append(button);
        shown.actions = actions;
        shown.cards.push(card);
      },
      unmount(mount) {
        mount.innerHTML = '';
      },
    },
    css: '',
    dir: 'rtl',
    showInPanel: () => {},
    edit: () => {},
  });
  current = cards;
  return { cards, shown };
}

/** A page with a focusable link and a mention to anchor cards to. */
function page() {
  setBody('<p>استقبل <a id="link" href="/p">عبد اللطيف حموشي</a> مدير مكتب التحقيقات الفيدرالي.</p>');
  const link = document.querySelector<HTMLAnchorElement>('#link')!;
  const range = document.createRange();
  range.selectNodeContents(textNode(document.body, 'عبد اللطيف حموشي'));
  return { link, range };
}

describe('CardController focus', () => {
  it('returns focus to the page element after a card opened from the keyboard, also via a related card', async () => {
    const { link, range } = page();
    const { cards, shown } = createController();
    link.focus();
    await cards.open('hammouchi', range, true);
    expect(cards.contains(document.activeElement)).toBe(true);
    shown.actions!.openRelated('dgsn');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cards.entityId).toBe('dgsn');
    cards.close();
    expect(document.activeElement).toBe(link);
  });

  it('leaves focus alone when the card closes while the reader is elsewhere', async () => {
    const { link, range } = page();
    const other = document.createElement('input');
    document.body.append(other);
    const { cards } = createController();
    link.focus();
    await cards.open('hammouchi', range, true);
    other.focus();
    cards.close();
    expect(document.activeElement).toBe(other);
  });
});

describe('CardController summary on its way', () => {
  it('shows the card again once the background has fetched its summary, while it is open', async () => {
    vi.useFakeTimers();
    try {
      const { range } = page();
      const answers: CardView[] = [
        makeCard({ id: 'fbi', summaryPending: true }),
        makeCard({ id: 'fbi', summaryPending: true }),
        makeCard({
          id: 'fbi',
          summary: { text: 'وكالة فيدرالية أمريكية.', lang: 'ar', url: 'https://ar.wikipedia.org/wiki/x' },
        }),
      ];
      const fetchCard = vi.fn(async () => answers.shift() ?? null);
      const { cards, shown } = createController(fetchCard);
      await cards.open('fbi', range);
      await vi.advanceTimersByTimeAsync(1_500);
      await vi.advanceTimersByTimeAsync(4_500);
      expect(fetchCard).toHaveBeenCalledTimes(3);
      expect(shown.cards.at(-1)?.summary?.text).toBe('وكالة فيدرالية أمريكية.');
      // Nothing more is pending: no further requests.
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fetchCard).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks no more once the card is closed', async () => {
    vi.useFakeTimers();
    try {
      const { range } = page();
      const fetchCard = vi.fn(async () => makeCard({ id: 'fbi', summaryPending: true }));
      const { cards } = createController(fetchCard);
      await cards.open('fbi', range);
      cards.close();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fetchCard).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
