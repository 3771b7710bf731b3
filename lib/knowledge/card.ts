import { normalizeKey } from '../arabic/index.ts';
import type { Lang } from '../i18n/translate.ts';
import type { Entity, EntityType } from './types.ts';

/** A text with the language it is in, so the UI can set lang and dir on it. */
export interface CardText {
  text: string;
  lang: Lang;
}

export interface CardLink {
  kind: 'wikipedia_ar' | 'wikipedia_en' | 'wikidata' | 'website';
  /** Always http(s): built from titles and ids, or a website that passed the scheme check. */
  url: string;
}

/** A Wikipedia summary, shown as plain text and attributed with a link to its article. */
export interface CardSummary {
  text: string;
  lang: Lang;
  url: string;
}

/** Everything a card shows, as plain data: the UI renders every string as text, never as HTML. */
export interface CardView {
  id: string;
  type: EntityType;
  /** i18n message key of the type's label (typePerson, typeOrg, ...). */
  typeLabelKey: `type${Capitalize<EntityType>}`;
  name: CardText;
  /** The name in the other language, when there is one and it differs. */
  otherName?: CardText;
  description?: CardText;
  /** Only with online enrichment on, once the background has fetched it. */
  summary?: CardSummary;
  /** The background is fetching the summary now: ask for the card again shortly. */
  summaryPending?: boolean;
  facts: Array<{ label: string; value: string; lang: Lang }>;
  /** Aliases in preference order, without the names and without spellings that normalise alike. */
  aliases: CardText[];
  related: Array<{ id: string; name: string }>;
  links: CardLink[];
  pack: string;
  /** The pack's display name, when the caller knows it (the background fills it in). */
  packName?: string;
  userEdited: boolean;
  asOf?: string;
}

type CardEntity = Entity & { pack?: string; userEdited?: boolean };
type RelatedEntity = Pick<Entity, 'id' | 'name_ar' | 'name_en'>;

/** The card of an entity for a reader whose languages are `langs`, most preferred first. Pure. */
export function buildCard(
  entity: CardEntity,
  related: readonly RelatedEntity[],
  langs: readonly Lang[],
): CardView {
  const order = preferenceOrder(langs);
  const names = order.map((lang) => ({ text: nameIn(entity, lang), lang })).filter((n) => n.text !== '');
  const name = names[0] ?? { text: entity.id, lang: order[0]! };
  const other = names.find((n) => n.lang !== name.lang && n.text !== name.text);
  const description = order
    .map((lang) => ({ text: entity[`description_${lang}`], lang }))
    .find((d) => d.text !== '');
  const byId = new Map(related.map((r) => [r.id, r]));
  const card: CardView = {
    id: entity.id,
    type: entity.type,
    typeLabelKey: `type${capitalize(entity.type)}`,
    name,
    facts: entity.facts.flatMap((fact) => {
      const lang = order.find((l) => fact[`value_${l}`] !== '');
      if (!lang) return [];
      const label = fact[`label_${lang}`] || order.map((l) => fact[`label_${l}`]).find(Boolean) || '';
      return [{ label, value: fact[`value_${lang}`], lang }];
    }),
    aliases: uniqueAliases(entity, order, names),
    related: entity.related.flatMap((id) => {
      const r = byId.get(id);
      const relatedName = r && order.map((lang) => nameIn(r, lang)).find(Boolean);
      return relatedName ? [{ id, name: relatedName }] : [];
    }),
    links: buildLinks(entity.links),
    pack: entity.pack ?? '',
    userEdited: entity.userEdited ?? false,
  };
  if (other) card.otherName = other;
  if (description) card.description = description;
  if (entity.as_of) card.asOf = entity.as_of;
  return card;
}

/** https URLs from titles and ids; a website only if it parses as http(s). */
export function buildLinks(links: Entity['links']): CardLink[] {
  const out: CardLink[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const title = links[`wikipedia_${lang}`]?.trim();
    if (title) out.push({ kind: `wikipedia_${lang}`, url: wikipediaUrl(lang, title) });
  }
  if (links.wikidata && /^Q[1-9]\d*$/.test(links.wikidata)) {
    out.push({ kind: 'wikidata', url: `https://www.wikidata.org/wiki/${links.wikidata}` });
  }
  const website = links.website && safeWebUrl(links.website);
  if (website) out.push({ kind: 'website', url: website });
  return out;
}

export const wikipediaUrl = (lang: Lang, title: string): string =>
  `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;

/** The normalised URL if it is http(s), else undefined (javascript:, data:, garbage). */
export function safeWebUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const nameIn = (e: RelatedEntity, lang: Lang): string => e[`name_${lang}`];
const capitalize = <T extends string>(s: T) => (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<T>;

/** The reader's order, completed with the languages they did not list so nothing is hidden. */
function preferenceOrder(langs: readonly Lang[]): Lang[] {
  return [...new Set<Lang>([...langs, 'ar', 'en'])];
}

function uniqueAliases(entity: Entity, order: readonly Lang[], names: readonly CardText[]): CardText[] {
  const seen = new Set(names.map((n) => normalizeKey(n.text)));
  const out: CardText[] = [];
  for (const lang of order) {
    for (const text of entity[`aliases_${lang}`]) {
      const key = normalizeKey(text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ text, lang });
    }
  }
  return out;
}
