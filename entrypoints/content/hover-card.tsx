import { render } from 'preact';
import { EntityCard } from '../../components/EntityCard.tsx';
import type { Translate } from '../../lib/i18n/translator.ts';
import type { CardRenderer } from '../../lib/page/card-controller.ts';

/** Renders the shared EntityCard into the hover card's shadow root. */
export function preactCardRenderer(t: Translate, theme: 'auto' | 'light' | 'dark'): CardRenderer {
  return {
    render(mount, card, pinned, actions) {
      render(
        <EntityCard
          card={card}
          t={t}
          role="dialog"
          theme={theme === 'auto' ? undefined : theme}
          pinned={pinned}
          onTogglePin={actions.togglePin}
          onClose={actions.close}
          onOpenRelated={actions.openRelated}
          onShowInPanel={() => actions.showInPanel(card.id)}
          onEdit={() => actions.edit(card.id)}
        />,
        mount,
      );
    },
    unmount: (mount) => render(null, mount),
  };
}
