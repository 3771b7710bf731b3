import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../components/entity-card.css?inline';
import { send } from '../../lib/browser/messaging.ts';
import { dirOf, translatorFrom } from '../../lib/i18n/translator.ts';
import { createRouter } from '../../lib/message-router.ts';
import { type ContentConfig, contentSchemas } from '../../lib/messages.ts';
import { CardController } from '../../lib/page/card-controller.ts';
import { Highlighter } from '../../lib/page/highlighter.ts';
import { HoverTracker } from '../../lib/page/hover-tracker.ts';
import { MentionNavigator } from '../../lib/page/mention-navigator.ts';
import { PageSession } from '../../lib/page/page-session.ts';
import { ViewportMarks } from '../../lib/page/viewport-marks.ts';
import frameCss from './card-frame.css?inline';
import { preactCardRenderer } from './hover-card.tsx';

/** A running page app; settings changes replace it with one built from the new config. */
export interface PageApp {
  session: PageSession;
  /** Single-page navigation: the new "page" is read afresh and counted apart from the old one. */
  navigate(): void;
  /** Takes everything away: marks, card, listeners. The page is as it was. */
  dispose(): void;
}

/** Wires Siyaq into an Arabic page: reading and marking it, hover cards, keyboard and side panel. */
export function startPageApp(ctx: ContentScriptContext, config: ContentConfig, page: string): PageApp {
  const report = (status: 'loading' | 'ready') => send('page/status', { page, status, url: location.href });
  const highlighter = new Highlighter(config.highlightStyle);
  highlighter.show(config.highlights);
  const session = new PageSession(
    document,
    {
      scan: (blocks, reset) => send('page/scan', { page, blocks, reset, url: location.href }),
      forget: (blocks) => void send('page/forget', { page, blocks }).catch(() => {}),
    },
    new ViewportMarks(highlighter),
  );
  const cards = new CardController(document, {
    fetchCard: (id) => send('card/get', { id }),
    renderer: preactCardRenderer(translatorFrom(config.strings, {}, config.lang), config.theme),
    css: frameCss + cardCss,
    dir: dirOf(config.lang),
    showInPanel: (entity) => void send('panel/open', { entity }),
    edit: (entity) => void send('options/open', { entity }),
  });
  const hover = new HoverTracker(
    window,
    session.index,
    () => session.shadowRoots,
    {
      open: (m) => void cards.open(m.entity, m.range),
      prefetch: (m) => cards.prefetch(m.entity),
      leave: () => cards.leave(),
    },
    { delayMs: config.hoverDelayMs, modifier: config.modifierKey },
  );
  const navigator = new MentionNavigator(session.index, highlighter, cards);

  // Ends with this app (a settings change) or with the content script (an extension update).
  const lifetime = new AbortController();
  const signal = AbortSignal.any([ctx.signal, lifetime.signal]);
  window.addEventListener('pointermove', hover.onPointerMove, { passive: true, signal });
  window.addEventListener('scroll', () => cards.reposition(), { capture: true, passive: true, signal });
  // A resize or zoom moves the mention as much as a scroll does.
  window.addEventListener('resize', () => cards.reposition(), { passive: true, signal });
  window.addEventListener(
    'keydown',
    (event) => {
      cards.onKeyDown(event);
      if (event.key === 'Enter' && document.activeElement === document.body && navigator.openFocused()) {
        event.preventDefault();
      }
    },
    { capture: true, signal },
  );
  const router = createRouter(
    {
      'content/reveal': ({ entity, index }) => navigator.reveal(entity, index),
      'content/next-mention': () => {
        navigator.next();
        return null;
      },
    },
    { strict: false, schemas: contentSchemas },
  );
  browser.runtime.onMessage.addListener(router);
  const dispose = () => {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    browser.runtime.onMessage.removeListener(router);
    hover.dispose();
    cards.destroy();
    session.stop();
  };
  ctx.onInvalidated(dispose);

  void report('loading');
  void session.start().then(() => {
    performance.mark('siyaq:ready');
    return report('ready');
  });
  return {
    session,
    navigate: () => {
      cards.close();
      navigator.clear();
      void report('loading');
      void session.start().then(() => report('ready'));
    },
    dispose,
  };
}
