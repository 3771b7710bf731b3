import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/translate.ts';

type Props = { t: Translate; count: number; onReveal: (index: number) => Promise<boolean> };

/** Scrolls the page to the entity's next mention and flashes it; each press moves to the next one. */
export function RevealButton({ t, count, onReveal }: Props) {
  const [next, setNext] = useState(1);
  const [failed, setFailed] = useState(false);
  return (
    <div class="reveal row">
      <button
        type="button"
        onClick={async () => {
          const index = next % Math.max(1, count);
          setNext(index + 1);
          setFailed(!(await onReveal(index).catch(() => false)));
        }}
      >
        {t('revealMention')}
      </button>
      <span class="muted">{t('mentionCount', count)}</span>
      {failed && (
        <span class="muted" role="status">
          {t('revealFailed')}
        </span>
      )}
    </div>
  );
}
