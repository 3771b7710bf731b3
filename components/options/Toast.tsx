import { useEffect } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate.ts';

export interface ToastMessage {
  text: string;
  /** Offers an Undo button (e.g. after a delete). */
  undo?: () => void;
}

type Props = { t: Translate; toast: ToastMessage; onDismiss: () => void; timeoutMs?: number };

/** A short announcement with an optional Undo; read by screen readers, gone after a while. */
export function Toast({ t, toast, onDismiss, timeoutMs = 12_000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs]);
  return (
    <div class="toast row" role="status">
      <span>{toast.text}</span>
      {toast.undo && (
        <button
          type="button"
          class="primary"
          onClick={() => {
            toast.undo?.();
            onDismiss();
          }}
        >
          {t('undo')}
        </button>
      )}
      <button type="button" class="link" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
