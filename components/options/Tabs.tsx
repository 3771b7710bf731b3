import type { ComponentChildren } from 'preact';
import type { MessageKey, Translate } from '../../lib/i18n/translate.ts';

type Props<T extends string> = {
  t: Translate;
  tabs: ReadonlyArray<readonly [T, MessageKey]>;
  current: T;
  onSelect: (tab: T) => void;
  children: ComponentChildren;
};

/** ARIA tabs: arrow keys move between tabs (mirrored in right-to-left), Home/End jump, Tab enters the panel. */
export function Tabs<T extends string>({ t, tabs, current, onSelect, children }: Props<T>) {
  const move = (event: KeyboardEvent) => {
    const index = tabs.findIndex(([id]) => id === current);
    const rtl = (event.currentTarget as HTMLElement).closest('[dir="rtl"]') !== null;
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (index + step + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const id = tabs[next]![0];
    onSelect(id);
    document.getElementById(`tab-${id}`)?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={t('navSections')} onKeyDown={move}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={id === current}
            aria-controls={`panel-${id}`}
            tabIndex={id === current ? 0 : -1}
            onClick={() => onSelect(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div id={`panel-${current}`} class="tab-panel" role="tabpanel" aria-labelledby={`tab-${current}`}>
        {children}
      </div>
    </>
  );
}
