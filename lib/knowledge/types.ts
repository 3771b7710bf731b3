/** The kinds of entity Siyaq knows. Order is the display order in lists. */
export const ENTITY_TYPES = ['person', 'org', 'group', 'place', 'event', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A dated statement about an entity, shown on its card ("Director since 2015"). */
export interface EntityFact {
  label_ar: string;
  label_en: string;
  value_ar: string;
  value_en: string;
}

export interface EntityLinks {
  /** Article titles, not URLs: the card builds the URL so a pack cannot smuggle a scheme in. */
  wikipedia_ar?: string;
  wikipedia_en?: string;
  /** Q-id, e.g. "Q1028". */
  wikidata?: string;
  /** http(s) only; validated on import. */
  website?: string;
}

/** One entity as a pack carries it. Field names match the CSV header of the pack format. */
export interface Entity {
  id: string;
  type: EntityType;
  name_ar: string;
  name_en: string;
  aliases_ar: string[];
  aliases_en: string[];
  description_ar: string;
  description_en: string;
  facts: EntityFact[];
  related: string[];
  links: EntityLinks;
  /** ISO date (YYYY or YYYY-MM-DD) the description is true as of. */
  as_of?: string;
}

export interface PackMeta {
  id: string;
  name: string;
  /** Semver-like "1.2.0"; a newer version replaces the installed one in place. */
  version: string;
  description?: string;
  source: string;
  license: string;
  as_of?: string;
}

/** The JSON file format of a knowledge pack. */
export interface PackFile {
  format: 'siyaq-pack';
  format_version: 1;
  pack: PackMeta;
  entities: Entity[];
}

/** Pack id used for entities the user adds or edits by hand. */
export const USER_PACK_ID = 'user';
