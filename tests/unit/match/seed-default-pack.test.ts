import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { PackFile } from '../../../lib/knowledge/types.ts';
import { compileMatcher } from '../../../lib/match/index.ts';
import { checkSeed, type SeedExpectations } from './seed-check.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const TEXT = readFileSync(new URL('seed-article.txt', FIXTURES), 'utf8');
const EXPECTED = JSON.parse(
  readFileSync(new URL('seed-article.expected.json', FIXTURES), 'utf8'),
) as SeedExpectations;
const PACK = JSON.parse(
  readFileSync(new URL('../../../public/packs/default.json', import.meta.url), 'utf8'),
) as PackFile;

/** The fixture names its entities in English; these are their ids in the default pack. */
const IDS: Record<string, string> = {
  Morocco: 'morocco',
  'United States': 'united-states',
  'Abdellatif Hammouchi': 'abdellatif-hammouchi',
  Rabat: 'rabat',
  FBI: 'fbi',
  'Christopher Wray': 'christopher-wray',
  DGST: 'dgst',
  DGSN: 'dgsn',
  CIA: 'cia',
  'Western Sahara': 'western-sahara',
  Sahel: 'sahel',
  'Khalid Cherkaoui Semmouni': 'khalid-cherkaoui-semmouni',
  'Rabat Center for Political and Strategic Studies': 'rabat-center-political-strategic-studies',
  Africa: 'africa',
  AQIM: 'aqim',
  JNIM: 'jnim',
  ISGS: 'isgs',
  DEA: 'dea',
};

const matcher = compileMatcher(
  PACK.entities.map((e) => ({ id: e.id, aliases: [e.name_ar, ...e.aliases_ar] })),
);
const report = checkSeed(matcher, TEXT, EXPECTED, (name) => IDS[name] ?? null);

it('has every entity of the reference article in the default pack', () => {
  const ids = new Set(PACK.entities.map((e) => e.id));
  expect(Object.values(IDS).filter((id) => !ids.has(id))).toEqual([]);
});

it('finds every must mention of the reference article with the default pack', () => {
  expect(report.missingMust.map((m) => m.text)).toEqual([]);
});

it('finds nothing the reference article forbids with the default pack', () => {
  expect(report.forbidden).toEqual([]);
});

it('reaches at least six of the eight should mentions with the default pack', () => {
  expect(report.foundShould.length).toBeGreaterThanOrEqual(6);
});
