/**
 * Compact notation for the hand-written entities of the default pack.
 *
 * Each data module holds one or more tables written as tagged templates, one entity per line:
 *
 *   id | name_ar ; alias ; alias | name_en ; alias | description_ar | description_en | option | option ...
 *
 * The first name in each list is the canonical name, the rest are aliases. Options:
 *   w              Wikipedia titles in both languages equal the canonical names
 *   wa / we        only the Arabic / English title equals the canonical name
 *   w: AR / EN     explicit titles (either side may be "-" for none)
 *   wa: T, we: T   explicit title in one language
 *   q: Q123        Wikidata id (only where certain)
 *   web: URL       official site (http/https only)
 *   r: id, id      related entities (validated by the build)
 *   f: KEY AR / EN a fact; KEY is one of FACT_LABELS; without " / " the value is the same in both languages
 *   as: 2025       the date the description is true as of (default: the table's)
 *
 * Lines that are empty or start with "#" are ignored. Cities use their own table (see `cities`).
 */
import type { Entity, EntityFact, EntityType } from '../../lib/knowledge/types.ts';

export const PACK_AS_OF = '2026-01';

export const FACT_LABELS: Record<string, [string, string]> = {
  office: ['المنصب', 'Office'],
  former: ['منصب سابق', 'Former office'],
  born: ['الميلاد', 'Born'],
  died: ['الوفاة', 'Died'],
  founded: ['التأسيس', 'Founded'],
  dissolved: ['الحل', 'Dissolved'],
  hq: ['المقر', 'Headquarters'],
  leader: ['القيادة', 'Leader'],
  capital: ['العاصمة', 'Capital'],
  iso: ['رمز ISO', 'ISO code'],
  country: ['البلد', 'Country'],
  party: ['الحزب', 'Party'],
  members: ['الأعضاء', 'Members'],
  status: ['الوضع', 'Status'],
  parent: ['يتبع', 'Part of'],
  type: ['النوع', 'Type'],
  region: ['المنطقة', 'Region'],
  language: ['اللغة', 'Language'],
  abbr: ['الاختصار', 'Abbreviation'],
};

export interface CityRow {
  entity: Entity;
  country: string;
  capital: boolean;
  extraAr: string;
  extraEn: string;
  /** IANA zone whose CLDR Arabic exemplar city name becomes an alias ("tz: Africa/Casablanca"). */
  tz: string;
  source: string;
}

function splitNames(field: string): string[] {
  const out: string[] = [];
  for (const part of field.split(';')) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function emptyEntity(id: string, type: EntityType, asOf: string): Entity {
  return {
    id,
    type,
    name_ar: '',
    name_en: '',
    aliases_ar: [],
    aliases_en: [],
    description_ar: '',
    description_en: '',
    facts: [],
    related: [],
    links: {},
    as_of: asOf,
  };
}

function applyNames(e: Entity, arField: string, enField: string, where: string): void {
  const ar = splitNames(arField);
  const en = splitNames(enField);
  if (!ar[0] || !en[0]) throw new Error(`${where}: missing Arabic or English name`);
  e.name_ar = ar[0];
  e.aliases_ar = ar.slice(1);
  e.name_en = en[0];
  e.aliases_en = en.slice(1);
}

export function parseFact(spec: string, where: string): EntityFact {
  const m = /^([a-z]+)\s+(.+)$/.exec(spec.trim());
  if (!m) throw new Error(`${where}: bad fact "${spec}"`);
  const key = m[1] ?? '';
  const label = FACT_LABELS[key];
  if (!label) throw new Error(`${where}: unknown fact label "${key}"`);
  const value = m[2] ?? '';
  const slash = value.indexOf(' / ');
  const valueAr = (slash < 0 ? value : value.slice(0, slash)).trim();
  const valueEn = (slash < 0 ? value : value.slice(slash + 3)).trim();
  return { label_ar: label[0], label_en: label[1], value_ar: valueAr, value_en: valueEn };
}

function applyOption(e: Entity, opt: string, where: string): void {
  const colon = opt.indexOf(':');
  const key = (colon < 0 ? opt : opt.slice(0, colon)).trim();
  const value = colon < 0 ? '' : opt.slice(colon + 1).trim();
  const title = (t: string | undefined): string | undefined => (t && t !== '-' ? t : undefined);
  switch (key) {
    case 'w':
      if (value) {
        const [ar, en] = value.split(' / ').map((s) => s.trim());
        const tAr = title(ar);
        const tEn = title(en);
        if (tAr) e.links.wikipedia_ar = tAr;
        if (tEn) e.links.wikipedia_en = tEn;
      } else {
        e.links.wikipedia_ar = e.name_ar;
        e.links.wikipedia_en = e.name_en;
      }
      return;
    case 'wa':
      e.links.wikipedia_ar = value || e.name_ar;
      return;
    case 'we':
      e.links.wikipedia_en = value || e.name_en;
      return;
    case 'q':
      if (!/^Q[1-9]\d*$/.test(value)) throw new Error(`${where}: bad Wikidata id "${value}"`);
      e.links.wikidata = value;
      return;
    case 'web':
      e.links.website = value;
      return;
    case 'r':
      for (const id of value.split(',')) {
        const r = id.trim();
        if (r && !e.related.includes(r)) e.related.push(r);
      }
      return;
    case 'f':
      e.facts.push(parseFact(value, where));
      return;
    case 'as':
      e.as_of = value;
      return;
    default:
      throw new Error(`${where}: unknown option "${opt}"`);
  }
}

function lines(strings: TemplateStringsArray): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  strings
    .join('')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line && !line.startsWith('#')) out.push([i + 1, line]);
    });
  return out;
}

/** A table of entities of one type: table('person', 'people-us', '2025')`...` */
export function table(type: EntityType, source: string, asOf = PACK_AS_OF) {
  return (strings: TemplateStringsArray): Entity[] =>
    lines(strings).map(([n, line]) => {
      const where = `${source}:${n}`;
      const fields = line.split('|').map((f) => f.trim());
      const [id = '', ar = '', en = '', descAr = '', descEn = '', ...opts] = fields;
      const e = emptyEntity(id, type, asOf);
      applyNames(e, ar, en, `${where} (${id})`);
      e.description_ar = descAr;
      e.description_en = descEn;
      for (const opt of opts) if (opt) applyOption(e, opt, `${where} (${id})`);
      return e;
    });
}

/**
 * Cities: id | name_ar ; aliases | name_en ; aliases | country-id | flags | extra_ar | extra_en | options
 * flags: "capital" or "-"; options as above plus "tz: Zone/City" (CLDR Arabic exemplar name becomes an alias)
 * and "nowa" (no Arabic Wikipedia title; by default it is the Arabic name). The description is generated ("مدينة في ..."/"Capital of ...") by the build
 * from the country's names, followed by the extra sentence when given.
 */
export function cities(source: string) {
  return (strings: TemplateStringsArray): CityRow[] =>
    lines(strings).map(([n, line]) => {
      const where = `${source}:${n}`;
      const fields = line.split('|').map((f) => f.trim());
      const [id = '', ar = '', en = '', country = '', flags = '', extraAr = '', extraEn = '', ...opts] =
        fields;
      const e = emptyEntity(id, 'place', PACK_AS_OF);
      applyNames(e, ar, en, `${where} (${id})`);
      let tz = '';
      for (const opt of opts) {
        if (opt.startsWith('tz:')) tz = opt.slice(3).trim();
        else if (opt && opt !== 'nowa') applyOption(e, opt, `${where} (${id})`);
      }
      if (!e.links.wikipedia_ar && !opts.includes('nowa')) e.links.wikipedia_ar = e.name_ar;
      if (!e.links.wikipedia_en) e.links.wikipedia_en = e.name_en;
      return {
        entity: e,
        country,
        capital: flags === 'capital',
        extraAr: extraAr === '-' ? '' : extraAr,
        extraEn: extraEn === '-' ? '' : extraEn,
        tz,
        source: where,
      };
    });
}

/** Arabic "to/of X": ل + الـ contracts to لل. */
export function lam(nameAr: string): string {
  return nameAr.startsWith('ال') ? `ل${nameAr.slice(1)}` : `ل${nameAr}`;
}
