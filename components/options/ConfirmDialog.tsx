import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate.ts';

type Props = {
  t: Translate;
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal confirmation: focus moves into it, Escape cancels, the page behind is inert (native <dialog>). */
export function ConfirmDialog({ t, title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      {children}
      <div class="row">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when a destructive dialog opens. */}
        <button type="button" autoFocus onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
