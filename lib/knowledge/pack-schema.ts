import * as v from 'valibot';
import { normalizeKey } from '../arabic/index.ts';
import { ID_PATTERN, isCalendarDate, LIMITS, VERSION_PATTERN, WIKIDATA_PATTERN } from './limits.ts';
import { ENTITY_TYPES, type Entity, type EntityLinks } from './types.ts';

// Valibot's default messages ("Invalid type: Expected string but received undefined") are fine for
// developers; pack authors get these instead, and the caller adds where (entity/line and field).
const typeMessage = (expected: string) => (issue: v.BaseIssue<unknown>) =>
  issue.received === 'undefined' ? 'required' : `must be ${expected}, got ${issue.received}`;
const tooLong =
  (max: number, unit = 'characters') =>
  (issue: v.BaseIssue<unknown>) =>
    `at most ${max} ${unit} (got ${issue.received})`;
// Newlines and other C0/C1 controls have no business in a name or title: they break CSV rows and layout.
const CONTROL = /\p{Cc}/u;

// Embeddings, overrides and isolates reorder what follows them: in a name they show it reversed (a spoof),
// and they carry nothing a name needs. Pasted names bring them in unseen, so they are dropped, not refused.
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

const text = (max: number) => v.pipe(v.string(typeMessage('text')), v.trim(), v.maxLength(max, tooLong(max)));
const line = (max: number) =>
  v.pipe(
    text(max),
    v.transform((s) => s.replace(DIRECTION_CONTROLS, '').trim()),
    v.check((s) => !CONTROL.test(s), 'must be a single line without control characters'),
  );
const optionalText = (max: number) => v.optional(text(max), '');

const id = v.pipe(
  v.string(typeMessage('text')),
  v.regex(ID_PATTERN, 'must be 1-128 of a-z 0-9 . _ - starting with a letter or digit'),
);
// A name is matched by its key (Arabic letters, Latin letters and digits): one without any can never be
// found on a page, and would sit in the list as an entity that silently does nothing.
const findable = v.check(
  (s: string) => s === '' || normalizeKey(s) !== '',
  'has no Arabic or Latin letters or digits, so it can never be found on a page',
);
const name = v.pipe(line(LIMITS.nameChars), v.nonEmpty('required'), findable);

// `|` separates aliases in CSV, so an alias containing it could not survive a round trip.
const alias = v.pipe(
  line(LIMITS.aliasChars),
  v.check((s) => !s.includes('|'), 'must not contain "|"'),
  findable,
);
const aliases = v.optional(
  v.pipe(
    v.array(alias, typeMessage('a list of names')),
    v.maxLength(LIMITS.aliasesPerLanguage, tooLong(LIMITS.aliasesPerLanguage, 'aliases')),
  ),
  [],
);

const fact = v.object(
  {
    label_ar: optionalText(LIMITS.factChars),
    label_en: optionalText(LIMITS.factChars),
    value_ar: optionalText(LIMITS.factChars),
    value_en: optionalText(LIMITS.factChars),
  },
  typeMessage('an object'),
);

const isWebUrl = (s: string): boolean => {
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

const links = v.optional(
  v.object(
    {
      wikipedia_ar: v.optional(line(LIMITS.wikipediaTitleChars)),
      wikipedia_en: v.optional(line(LIMITS.wikipediaTitleChars)),
      wikidata: v.optional(
        v.pipe(v.string(typeMessage('text')), v.regex(WIKIDATA_PATTERN, 'must look like Q1028')),
      ),
      website: v.optional(
        v.pipe(
          line(LIMITS.urlChars),
          v.check((s) => s === '' || isWebUrl(s), 'must be an http or https URL'),
        ),
      ),
    },
    typeMessage('an object'),
  ),
  {},
);

const asOf = v.optional(
  v.pipe(v.string(typeMessage('text')), v.check(isCalendarDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
);

/** One entity as written in a pack or a CSV row; optional lists and texts default to empty. */
export const EntitySchema = v.pipe(
  v.object(
    {
      id,
      type: v.picklist(ENTITY_TYPES, (issue) =>
        issue.received === 'undefined'
          ? 'required'
          : `must be one of ${ENTITY_TYPES.join(', ')} (got ${issue.received})`,
      ),
      name_ar: name,
      name_en: v.optional(v.pipe(line(LIMITS.nameChars), findable), ''),
      aliases_ar: aliases,
      aliases_en: aliases,
      description_ar: optionalText(LIMITS.descriptionChars),
      description_en: optionalText(LIMITS.descriptionChars),
      facts: v.optional(
        v.pipe(
          v.array(fact, typeMessage('a list')),
          v.maxLength(LIMITS.facts, tooLong(LIMITS.facts, 'facts')),
        ),
        [],
      ),
      related: v.optional(
        v.pipe(
          v.array(id, typeMessage('a list of ids')),
          v.maxLength(LIMITS.related, tooLong(LIMITS.related, 'ids')),
        ),
        [],
      ),
      links,
      as_of: asOf,
    },
    typeMessage('an object'),
  ),
  v.transform(cleanEntity),
);

/** Pack metadata: who made it, under which licence, which version. */
export const PackMetaSchema = v.object(
  {
    id,
    name: v.pipe(line(LIMITS.nameChars), v.nonEmpty('required')),
    version: v.pipe(
      v.string(typeMessage('text')),
      v.maxLength(LIMITS.versionChars, tooLong(LIMITS.versionChars)),
      v.regex(VERSION_PATTERN, 'must look like 1.2.0'),
    ),
    description: v.optional(text(LIMITS.descriptionChars)),
    source: text(LIMITS.metaChars),
    license: line(LIMITS.metaChars),
    as_of: asOf,
  },
  typeMessage('an object'),
);

/** Normalises what the schema accepted: no empty or repeated aliases, no self-reference, no empty links. */
function cleanEntity(raw: Entity): Entity {
  const entity: Entity = {
    id: raw.id,
    type: raw.type,
    name_ar: raw.name_ar,
    name_en: raw.name_en,
    aliases_ar: unique(raw.aliases_ar),
    aliases_en: unique(raw.aliases_en),
    description_ar: raw.description_ar,
    description_en: raw.description_en,
    facts: raw.facts,
    related: unique(raw.related).filter((r) => r !== raw.id),
    links: cleanLinks(raw.links),
  };
  if (raw.as_of) entity.as_of = raw.as_of;
  return entity;
}

function cleanLinks(links: EntityLinks): EntityLinks {
  const out: EntityLinks = {};
  for (const key of ['wikipedia_ar', 'wikipedia_en', 'wikidata', 'website'] as const) {
    const value = links[key];
    if (value) out[key] = value;
  }
  return out;
}

const unique = (items: readonly string[]): string[] => [...new Set(items.filter((s) => s !== ''))];
