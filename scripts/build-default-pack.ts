/**
 * Builds public/packs/default.json, the embedded default knowledge pack, from:
 * - i18n-iso-countries (MIT): Arabic and English country names;
 * - Unicode CLDR (cldr-localenames-full, cldr-dates-full; Unicode License v3): Arabic territory and region
 *   names and Arabic exemplar city names;
 * - the hand-written tables in scripts/pack-data/ (see its README.md).
 *
 * Deterministic: entities sorted by id, arrays in authored order, no timestamps. Fails on invalid data.
 * Usage: tsx scripts/build-default-pack.ts [--check]   (--check validates without writing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, PackFile } from '../lib/knowledge/types.ts';
import { ENTITY_TYPES } from '../lib/knowledge/types.ts';
import { ARAB_LEAGUE, COUNTRY_OVERRIDES, REGION_MEMBERS, SOVEREIGN } from './pack-data/countries.ts';
import { type CityRow, lam, PACK_AS_OF, parseFact, table } from './pack-data/define.ts';
import { CITY_TABLES, ENTITY_TABLES, REGION_ENTITY, REQUIRED_IDS } from './pack-data/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'public/packs/default.json');
const require = createRequire(import.meta.url);

const PACK_VERSION = '1.1.0';

const readJson = (mod: string): unknown => JSON.parse(readFileSync(require.resolve(mod), 'utf8'));

type Names = Record<string, string | string[]>;
const isoAr = (readJson('i18n-iso-countries/langs/ar.json') as { countries: Names }).countries;
const isoEn = (readJson('i18n-iso-countries/langs/en.json') as { countries: Names }).countries;
const cldrAr = (
  readJson('cldr-localenames-full/main/ar/territories.json') as {
    main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
  }
).main.ar.localeDisplayNames.territories;
const cldrEn = (
  readJson('cldr-localenames-full/main/en/territories.json') as {
    main: { en: { localeDisplayNames: { territories: Record<string, string> } } };
  }
).main.en.localeDisplayNames.territories;

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

const problems: string[] = [];
const warnings: string[] = [];

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniq(list: string[], exclude: string): string[] {
  const out: string[] = [];
  for (const s of list) {
    const t = s.trim().replace(/\s+/g, ' ');
    if (t && t !== exclude && !out.includes(t)) out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- countries

interface CountryRow {
  code: string;
  entity: Entity;
  region: string;
  customDescription: boolean;
}

function buildCountries(): CountryRow[] {
  const regionOf = new Map<string, string>();
  for (const [region, codes] of Object.entries(REGION_MEMBERS)) {
    for (const code of codes.split(' ')) {
      if (regionOf.has(code)) problems.push(`countries: ${code} is in two regions`);
      regionOf.set(code, region);
    }
  }
  const overrides = new Map<string, string[]>();
  for (const raw of COUNTRY_OVERRIDES.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const fields = line.split('|').map((f) => f.trim());
    const code = fields[0] ?? '';
    if (overrides.has(code)) problems.push(`countries: override for ${code} given twice`);
    overrides.set(code, fields);
  }
  const rows: CountryRow[] = [];
  const codes = Object.keys(isoEn).sort();
  for (const code of codes) {
    const ov = overrides.get(code) ?? [];
    overrides.delete(code);
    const [, ovId = '', ovAr = '', ovEn = '', ovDescAr = '', ovDescEn = '', ...opts] = ov;
    const srcAr = uniq(
      [
        ...asList(isoAr[code]),
        cldrAr[code] ?? '',
        cldrAr[`${code}-alt-short`] ?? '',
        cldrAr[`${code}-alt-variant`] ?? '',
      ],
      '',
    );
    const srcEn = uniq(asList(isoEn[code]), '');
    const merge = (src: string[], field: string): string[] => {
      if (!field) return src;
      const parts = field
        .replace(/^\+/, '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      return field.startsWith('+') ? uniq([...src, ...parts], '') : uniq([...parts, ...src], '');
    };
    // Arabic aliases with brackets ("ميانمار (بورما)") are glosses, not names anyone writes in running text.
    const ar = merge(srcAr, ovAr).filter((n, i) => i === 0 || !/[()]/.test(n));
    const en = merge(srcEn, ovEn);
    const nameAr = ar[0] ?? '';
    const nameEn = en[0] ?? '';
    // Drop English aliases in the "Name, Qualifier" form of ISO lists: nobody writes them in news.
    const aliasesEn = en.slice(1).filter((n) => !/, /.test(n) && !/\(/.test(n));
    const line = [
      ovId || slug(nameEn),
      [nameAr, ...ar.slice(1)].join(' ; '),
      [nameEn, ...aliasesEn].join(' ; '),
      ovDescAr || '-',
      ovDescEn || '-',
      ...opts,
    ].join(' | ');
    const parsed = table('place', `countries:${code}`)([line] as unknown as TemplateStringsArray)[0];
    if (!parsed) continue;
    // Country names in both languages are Wikipedia titles or redirects to them.
    parsed.links.wikipedia_ar ??= parsed.name_ar;
    parsed.links.wikipedia_en ??= parsed.name_en;
    const region = regionOf.get(code) ?? (code === 'AQ' ? 'AQ' : '');
    if (!region) problems.push(`countries: no region for ${code}`);
    rows.push({ code, entity: parsed, region, customDescription: Boolean(ovDescAr) });
  }
  for (const code of overrides.keys()) problems.push(`countries: override for unknown code ${code}`);
  return rows;
}

function describeCountries(rows: CountryRow[], capitals: Map<string, Entity>): void {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const theEn = (name: string): string => (/^(United |Netherlands)/.test(name) ? `the ${name}` : name);
  const stop = (name: string): string => (name.endsWith('.') ? name : `${name}.`);
  for (const row of rows) {
    const e = row.entity;
    const capital = capitals.get(e.id);
    const regionAr = cldrAr[row.region] ?? '';
    const regionEn = row.region === '029' ? 'the Caribbean' : (cldrEn[row.region] ?? '');
    e.facts.unshift({ label_ar: 'رمز ISO', label_en: 'ISO code', value_ar: row.code, value_en: row.code });
    if (regionAr) e.facts.push(parseFact(`region ${regionAr} / ${regionEn}`, e.id));
    if (capital) {
      e.facts.push(parseFact(`capital ${capital.name_ar} / ${capital.name_en}`, e.id));
      e.related.unshift(capital.id);
    }
    const continent = REGION_ENTITY[row.region];
    if (continent) e.related.push(...continent);
    const sovCode = SOVEREIGN[row.code];
    const sov = sovCode ? byCode.get(sovCode)?.entity : undefined;
    if (sov) e.related.push(sov.id);
    if (ARAB_LEAGUE.includes(row.code)) e.related.push('arab-league');
    if (row.customDescription) continue;
    if (sov) {
      const freeAssoc = sovCode === 'NZ' && row.code !== 'TK';
      e.description_ar = freeAssoc
        ? `إقليم يتمتع بالحكم الذاتي في ارتباط حر مع نيوزيلندا، يقع في ${regionAr}.`
        : `إقليم تابع ${lam(sov.name_ar)} يقع في ${regionAr}.`;
      e.description_en = freeAssoc
        ? `A self-governing territory in free association with New Zealand, in ${regionEn}.`
        : `A territory of ${theEn(sov.name_en)} in ${regionEn}.`;
      e.facts.push(
        parseFact(`status إقليم تابع ${lam(sov.name_ar)} / Territory of ${theEn(sov.name_en)}`, e.id),
      );
    } else {
      const arab = ARAB_LEAGUE.includes(row.code);
      e.description_ar = arab
        ? `دولة عربية في ${regionAr}، عضو في جامعة الدول العربية.`
        : `دولة في ${regionAr}.`;
      e.description_en = arab
        ? `An Arab country in ${regionEn} and a member of the Arab League.`
        : `A country in ${regionEn}.`;
    }
    if (capital) {
      e.description_ar += ` عاصمتها ${capital.name_ar}.`;
      e.description_en += ` Its capital is ${stop(capital.name_en)}`;
    }
  }
}

// ------------------------------------------------------------------------------------------------- cities

const tzNames = (
  readJson('cldr-dates-full/main/ar/timeZoneNames.json') as {
    main: { ar: { dates: { timeZoneNames: { zone: Record<string, unknown> } } } };
  }
).main.ar.dates.timeZoneNames.zone;

/** Arabic exemplar city names from CLDR, by IANA zone id ("Africa/Casablanca" -> "الدار البيضاء"). */
function cldrExemplarCities(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string[]): void => {
    if (!node || typeof node !== 'object') return;
    const rec = node as Record<string, unknown>;
    if (typeof rec.exemplarCity === 'string') out.set(path.join('/'), rec.exemplarCity);
    for (const [k, v] of Object.entries(rec)) if (k !== 'exemplarCity') walk(v, [...path, k]);
  };
  walk(tzNames, []);
  return out;
}

function describeCities(rows: CityRow[], byId: Map<string, Entity>): Map<string, Entity> {
  const exemplar = cldrExemplarCities();
  const capitals = new Map<string, Entity>();
  for (const row of rows) {
    const e = row.entity;
    const country = byId.get(row.country);
    if (!country) {
      problems.push(`${row.source}: unknown country "${row.country}" for ${e.id}`);
      continue;
    }
    if (row.tz) {
      const name = exemplar.get(row.tz);
      if (!name) problems.push(`${row.source}: no CLDR exemplar city for ${row.tz}`);
      // Skip a name that is the country's own (CLDR calls Algiers "الجزائر").
      else if (
        name !== e.name_ar &&
        name !== country.name_ar &&
        !e.aliases_ar.includes(name) &&
        !/[()]/.test(name)
      )
        e.aliases_ar.push(name);
    }
    if (row.capital) {
      if (capitals.has(country.id)) problems.push(`${row.source}: second capital for ${country.id}`);
      capitals.set(country.id, e);
      e.description_ar = `عاصمة ${country.name_ar}${row.extraAr ? `، ${row.extraAr}` : '.'}`;
      e.description_en = `The capital of ${country.name_en}${row.extraEn ? `, ${row.extraEn}` : '.'}`;
      e.facts.push(parseFact(`status عاصمة ${country.name_ar} / Capital of ${country.name_en}`, e.id));
    } else {
      e.description_ar = `مدينة في ${country.name_ar}${row.extraAr ? `، ${row.extraAr}` : '.'}`;
      e.description_en = `A city in ${country.name_en}${row.extraEn ? `, ${row.extraEn}` : '.'}`;
    }
    e.facts.push(parseFact(`country ${country.name_ar} / ${country.name_en}`, e.id));
    e.related.unshift(country.id);
  }
  return capitals;
}

// --------------------------------------------------------------------------------------------- validation

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC_RE = /[\u0600-\u06ff]/;

function validate(entities: Entity[]): void {
  const ids = new Set<string>();
  const signatures = new Map<string, string>();
  for (const e of entities) {
    const where = `entity ${e.id}`;
    if (!ID_RE.test(e.id)) problems.push(`${where}: id is not lowercase kebab-case ASCII`);
    if (ids.has(e.id)) problems.push(`${where}: duplicate id`);
    ids.add(e.id);
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) problems.push(`${where}: bad type ${e.type}`);
    for (const f of ['name_ar', 'name_en', 'description_ar', 'description_en'] as const) {
      if (!e[f] || e[f] === '-') problems.push(`${where}: empty ${f}`);
    }
    if (!ARABIC_RE.test(e.name_ar)) problems.push(`${where}: name_ar has no Arabic letters`);
    if (!ARABIC_RE.test(e.description_ar)) problems.push(`${where}: description_ar has no Arabic letters`);
    for (const a of e.aliases_ar) if (!ARABIC_RE.test(a)) problems.push(`${where}: Arabic alias "${a}"`);
    e.aliases_ar = uniq(e.aliases_ar, e.name_ar);
    e.aliases_en = uniq(e.aliases_en, e.name_en);
    for (const f of e.facts) {
      if (!f.label_ar || !f.label_en || !f.value_ar || !f.value_en)
        problems.push(`${where}: empty fact field`);
    }
    const { website, wikipedia_ar, wikipedia_en } = e.links;
    if (website && !/^https?:\/\/[^\s]+$/.test(website)) problems.push(`${where}: website must be http(s)`);
    for (const t of [wikipedia_ar, wikipedia_en]) {
      if (t && (/^[a-z]+:/i.test(t) || t.includes('/wiki/')))
        problems.push(`${where}: Wikipedia title "${t}"`);
    }
    const sig = `${e.type}|${[e.name_ar, ...e.aliases_ar].sort().join(';')}`;
    const other = signatures.get(sig);
    if (other) problems.push(`${where}: same names as ${other} (identical entities?)`);
    signatures.set(sig, e.id);
  }
  for (const e of entities) {
    const kept: string[] = [];
    for (const r of e.related) {
      if (r === e.id) continue;
      if (!ids.has(r)) warnings.push(`entity ${e.id}: related id "${r}" not in the pack (dropped)`);
      else if (!kept.includes(r)) kept.push(r);
    }
    e.related = kept;
  }
  for (const id of REQUIRED_IDS) if (!ids.has(id)) problems.push(`required entity "${id}" missing`);
}

// ------------------------------------------------------------------------------------------------- main

function main(): void {
  const countries = buildCountries();
  const handEntities = ENTITY_TABLES.flat();
  const cityRows = CITY_TABLES.flat();
  const all: Entity[] = [
    ...countries.map((c) => c.entity),
    ...handEntities,
    ...cityRows.map((c) => c.entity),
  ];
  const byId = new Map<string, Entity>();
  for (const e of all) if (!byId.has(e.id)) byId.set(e.id, e);
  const capitals = describeCities(cityRows, byId);
  describeCountries(countries, capitals);
  validate(all);

  for (const w of warnings) console.warn(`warning: ${w}`);
  if (problems.length) {
    for (const p of problems.slice(0, 50)) console.error(`error: ${p}`);
    console.error(`${problems.length} problem(s); pack not written.`);
    process.exit(1);
  }

  all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pack: PackFile = {
    format: 'siyaq-pack',
    format_version: 1,
    pack: {
      id: 'default',
      name: 'Siyaq default pack',
      version: PACK_VERSION,
      description:
        'Countries, cities, regions, organisations, armed groups, media and people that matter in Arabic news, with the names and spellings the Arabic press uses.',
      source:
        'Country names: i18n-iso-countries 7.14 (MIT). Arabic territory, region and city names: Unicode CLDR 48 (cldr-localenames-full, cldr-dates-full; Unicode License v3). Everything else: hand-written descriptions, aliases and facts by the Siyaq authors from public knowledge, checked against Wikipedia. Rebuild: tsx scripts/build-default-pack.ts.',
      license:
        'Hand-written content CC BY-SA 4.0; country names from i18n-iso-countries (MIT); territory and city names from Unicode CLDR (Unicode License v3).',
      as_of: PACK_AS_OF,
    },
    entities: all,
  };
  const json = `${JSON.stringify(pack, null, 1)}\n`;
  if (!process.argv.includes('--check')) writeFileSync(OUT, json);

  const byType = new Map<string, number>();
  for (const e of all) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const aliases = all.reduce((n, e) => n + 1 + e.aliases_ar.length, 0);
  const withWiki = all.filter((e) => e.links.wikipedia_ar || e.links.wikipedia_en).length;
  const withFacts = all.filter((e) => e.facts.length > 0).length;
  console.log(`default pack ${PACK_VERSION}: ${all.length} entities, ${aliases} Arabic names and aliases`);
  for (const t of ENTITY_TYPES) console.log(`  ${t.padEnd(7)} ${byType.get(t) ?? 0}`);
  console.log(
    `  with a Wikipedia title: ${withWiki}; with facts: ${withFacts}; warnings: ${warnings.length}`,
  );
  console.log(
    `  ${process.argv.includes('--check') ? 'checked' : `wrote ${OUT}`} (${(json.length / 1024).toFixed(0)} KiB)`,
  );
}

main();
