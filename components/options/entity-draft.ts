import * as v from 'valibot';
import type { MessageKey, Translate } from '../../lib/i18n/translate.ts';
import { EntitySchema } from '../../lib/knowledge/pack-schema.ts';
import type { Entity, EntityLinks } from '../../lib/knowledge/types.ts';
import { pathOf } from '../../lib/knowledge/validate.ts';

/** The editable fields of an entity, as the form holds them (links flattened, lists as lists). */
export type EntityDraft = Omit<Entity, 'facts' | 'related' | 'links' | 'as_of'> &
  Required<EntityLinks> & { as_of: string };

export type DraftField = keyof EntityDraft;
/** Problems by field; alias problems by `aliases_ar[2]` as well, so the message sits by its input. */
export type DraftErrors = Partial<Record<string, string>>;

export function emptyDraft(id: string, prefill = ''): EntityDraft {
  const arabic = /[\u0600-\u06ff]/.test(prefill);
  return {
    id,
    type: 'person',
    name_ar: arabic ? prefill : '',
    name_en: arabic ? '' : prefill,
    aliases_ar: [],
    aliases_en: [],
    description_ar: '',
    description_en: '',
    wikipedia_ar: '',
    wikipedia_en: '',
    wikidata: '',
    website: '',
    as_of: '',
  };
}

export function draftOf(entity: Entity): EntityDraft {
  return {
    id: entity.id,
    type: entity.type,
    name_ar: entity.name_ar,
    name_en: entity.name_en,
    aliases_ar: [...entity.aliases_ar],
    aliases_en: [...entity.aliases_en],
    description_ar: entity.description_ar,
    description_en: entity.description_en,
    wikipedia_ar: entity.links.wikipedia_ar ?? '',
    wikipedia_en: entity.links.wikipedia_en ?? '',
    wikidata: entity.links.wikidata ?? '',
    website: entity.links.website ?? '',
    as_of: entity.as_of ?? '',
  };
}

/** The entity a draft describes; facts and related ids the form does not edit come from `base`. */
export function entityOf(draft: EntityDraft, base?: Entity): Entity {
  const links: Entity['links'] = {};
  if (draft.wikipedia_ar.trim()) links.wikipedia_ar = draft.wikipedia_ar;
  if (draft.wikipedia_en.trim()) links.wikipedia_en = draft.wikipedia_en;
  if (draft.wikidata.trim()) links.wikidata = draft.wikidata.trim();
  if (draft.website.trim()) links.website = draft.website;
  const entity: Entity = {
    id: draft.id,
    type: draft.type,
    name_ar: draft.name_ar,
    name_en: draft.name_en,
    // Empty aliases stay so problem positions match the inputs; the schema drops them when cleaning.
    aliases_ar: draft.aliases_ar,
    aliases_en: draft.aliases_en,
    description_ar: draft.description_ar,
    description_en: draft.description_en,
    facts: base?.facts ?? [],
    related: base?.related ?? [],
    links,
  };
  if (draft.as_of.trim()) entity.as_of = draft.as_of.trim();
  return entity;
}

/**
 * Validates with the pack schema of lib/knowledge, so a hand-made entity obeys the rules a pack does.
 * Returns problems keyed by the form's fields (and by alias position), translated.
 */
export function validateDraft(draft: EntityDraft, t: Translate, base?: Entity): DraftErrors {
  const result = v.safeParse(EntitySchema, entityOf(draft, base));
  if (result.success) return {};
  const errors: DraftErrors = {};
  for (const issue of result.issues) {
    // links.website → website: the form shows links as fields of their own.
    const field = pathOf(issue).replace(/^links\./, '') || 'name_ar';
    errors[field] ??= translateProblem(issue.message, t);
    const list = field.match(/^(aliases_(?:ar|en))\[/)?.[1];
    if (list) errors[list] ??= translateProblem(issue.message, t);
  }
  return errors;
}

/** Schema message patterns; a captured group (a limit) goes into the translation. */
const PROBLEMS: Array<[RegExp, MessageKey]> = [
  [/^required$/, 'validationRequired'],
  [/^at most (\d+)/, 'validationTooLong'],
  [/no Arabic or Latin letters or digits/, 'validationNoLetters'],
  [/"\|"/, 'validationPipe'],
  [/single line/, 'validationLine'],
  [/http/, 'validationUrl'],
  [/Q1028/, 'validationWikidata'],
  [/YYYY/, 'validationDate'],
  [/a-z 0-9/, 'validationId'],
];

/** The schema's English messages, in the interface language where a translation exists. */
export function translateProblem(message: string, t: Translate): string {
  for (const [pattern, key] of PROBLEMS) {
    const match = pattern.exec(message);
    if (match) return match[1] === undefined ? t(key) : t(key, match[1]);
  }
  return message;
}

/** The problems of one alias list by position, from `aliases_ar[2]`-style keys. */
export function aliasErrors(errors: DraftErrors, list: 'aliases_ar' | 'aliases_en'): Record<number, string> {
  const out: Record<number, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const index = key.match(new RegExp(`^${list}\\[(\\d+)\\]`))?.[1];
    if (index !== undefined && message) out[Number(index)] = message;
  }
  return out;
}
