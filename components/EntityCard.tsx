import type { MessageKey, Translate } from '../lib/i18n/translate.ts';
import { isolate } from '../lib/i18n/translator.ts';
import type { CardLink, CardText, CardView } from '../lib/knowledge/card.ts';

// Type-only imports above but the translator's (pure, and in the content script already): this file is
// bundled into the content script (≤ 60 KB), so it must not pull in Dexie, the browser API or the knowledge
// code. Every string from data is rendered as text by Preact.

export type EntityCardProps = {
  card: CardView;
  t: Translate;
  onOpenRelated: (id: string) => void;
  onShowInPanel?: () => void;
  onEdit?: () => void;
  /** With onTogglePin, shows the pin button (the hover card). */
  pinned?: boolean;
  onTogglePin?: () => void;
  onClose?: () => void;
  /** 'dialog' for the floating hover card; 'region' where the card sits inside a page. */
  role?: 'dialog' | 'region';
  /** The display name of card.pack (a pack's name, "My entities"); defaults to the pack id. */
  packName?: string;
  /** h2 in the hover card and side panel, h3 inside the popup's grouped lists. */
  headingLevel?: 2 | 3;
  /** The reader's theme for the hover card, which sits on a page that has none of Siyaq's (auto: none). */
  theme?: 'light' | 'dark';
};

const LINK_KEYS: Record<CardLink['kind'], MessageKey> = {
  wikipedia_ar: 'linkWikipediaAr',
  wikipedia_en: 'linkWikipediaEn',
  wikidata: 'linkWikidata',
  website: 'linkWebsite',
};

const textProps = (text: CardText) => ({
  lang: text.lang,
  dir: text.lang === 'ar' ? ('rtl' as const) : ('ltr' as const),
});

/** The context card of one entity: the same component in the hover card, the popup and the side panel. */
export function EntityCard({
  card,
  t,
  onOpenRelated,
  onShowInPanel,
  onEdit,
  pinned,
  onTogglePin,
  onClose,
  role = 'region',
  packName,
  headingLevel = 2,
  theme,
}: EntityCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const headingId = `siyaq-card-${card.id}`;
  const body = (
    <>
      <header class="siyaq-card-head">
        <div class="siyaq-card-titles">
          <Heading id={headingId} class="siyaq-card-name" {...textProps(card.name)}>
            {card.name.text}
          </Heading>
          {card.otherName && (
            <p class="siyaq-card-other" {...textProps(card.otherName)}>
              {card.otherName.text}
            </p>
          )}
          <span class={`siyaq-type type-${card.type}`}>{t(card.typeLabelKey)}</span>
        </div>
        <div class="siyaq-card-tools">
          {onTogglePin && (
            <button
              type="button"
              class="siyaq-icon"
              aria-pressed={pinned ?? false}
              aria-label={pinned ? t('cardUnpin') : t('cardPin')}
              title={pinned ? t('cardUnpin') : t('cardPin')}
              onClick={onTogglePin}
            >
              <PinIcon />
            </button>
          )}
          {onClose && (
            <button
              type="button"
              class="siyaq-icon"
              aria-label={t('cardClose')}
              title={t('cardClose')}
              onClick={onClose}
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      </header>
      {card.description && (
        <p class="siyaq-card-description" {...textProps(card.description)}>
          {card.description.text}
        </p>
      )}
      {card.summary && (
        <section class="siyaq-card-section siyaq-card-summary" aria-label={t('cardSummaryFrom')}>
          <p {...textProps(card.summary)}>{card.summary.text}</p>
          <a
            class="siyaq-card-attribution"
            href={card.summary.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('cardLinkNewTab', t('cardSummaryFrom'))}
          >
            {t('cardSummaryFrom')}
          </a>
        </section>
      )}
      {card.facts.length > 0 && (
        <section class="siyaq-card-section" aria-label={t('cardFacts')}>
          <dl class="siyaq-card-facts">
            {card.facts.map((fact, i) => (
              <div key={i} lang={fact.lang} dir={fact.lang === 'ar' ? 'rtl' : 'ltr'}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {card.aliases.length > 0 && (
        <section class="siyaq-card-section">
          <Sub class="siyaq-card-label">{t('cardAliases')}</Sub>
          <ul class="siyaq-card-aliases">
            {card.aliases.map((alias) => (
              <li key={`${alias.lang}:${alias.text}`} {...textProps(alias)}>
                {alias.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.related.length > 0 && (
        <section class="siyaq-card-section">
          <Sub class="siyaq-card-label">{t('cardRelated')}</Sub>
          <ul class="siyaq-card-related">
            {card.related.map((related) => (
              <li key={related.id}>
                <button
                  type="button"
                  class="siyaq-link"
                  dir="auto"
                  aria-label={t('cardRelatedOpen', related.name)}
                  onClick={() => onOpenRelated(related.id)}
                >
                  {related.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.links.length > 0 && (
        <section class="siyaq-card-section">
          <Sub class="siyaq-card-label">{t('cardLinks')}</Sub>
          <ul class="siyaq-card-links">
            {card.links.map((link) => (
              <li key={link.kind}>
                <a
                  href={link.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t('cardLinkNewTab', t(LINK_KEYS[link.kind]))}
                >
                  {t(LINK_KEYS[link.kind])}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer class="siyaq-card-foot">
        <p class="siyaq-card-source">
          <span>{t('cardSource', isolate(packName ?? card.packName ?? card.pack))}</span>
          {card.asOf && <span>{t('cardAsOf', card.asOf)}</span>}
        </p>
        {(onShowInPanel || onEdit) && (
          <div class="siyaq-card-actions">
            {onShowInPanel && (
              <button type="button" onClick={onShowInPanel}>
                {t('cardShowInPanel')}
              </button>
            )}
            {onEdit && (
              <button type="button" onClick={onEdit}>
                {t('cardEdit')}
              </button>
            )}
          </div>
        )}
      </footer>
    </>
  );
  const className = `siyaq-card type-${card.type}`;
  return role === 'dialog' ? (
    <div
      class={className}
      role="dialog"
      aria-label={t('cardLabel', card.name.text)}
      data-entity={card.id}
      data-theme={theme}
    >
      {body}
    </div>
  ) : (
    <section class={className} aria-labelledby={headingId} data-entity={card.id}>
      {body}
    </section>
  );
}

/** A drawn pin: emoji glyphs are missing from many systems' fonts (Debian's Chromium shows a box). */
function PinIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="currentColor">
      <path d="M10.5 1.5 14.5 5.5 12.8 6.2 10.6 8.4 10.9 11.8 9.5 13.2 6.9 10.6 3 14.5 1.5 13 5.4 9.1 2.8 6.5 4.2 5.1 7.6 5.4 9.8 3.2Z" />
    </svg>
  );
}
