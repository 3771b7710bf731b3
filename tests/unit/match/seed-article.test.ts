import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherSource } from '../../../lib/match/index.ts';
import { checkSeed, type SeedExpectations } from './seed-check.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const TEXT = readFileSync(new URL('seed-article.txt', FIXTURES), 'utf8');
const EXPECTED = JSON.parse(
  readFileSync(new URL('seed-article.expected.json', FIXTURES), 'utf8'),
) as SeedExpectations;

/** The seed's entities with the names a knowledge pack would carry; ids are the fixture's names. */
const SEED_SOURCES: MatcherSource[] = [
  { id: 'Morocco', aliases: ['المغرب', 'المملكة المغربية'] },
  { id: 'United States', aliases: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'أمريكا'] },
  { id: 'Abdellatif Hammouchi', aliases: ['عبد اللطيف حموشي', 'حموشي'] },
  { id: 'Rabat', aliases: ['الرباط'] },
  { id: 'FBI', aliases: ['مكتب التحقيقات الفيدرالي', 'مكتب التحقيقات الفيدرالي الأمريكي', 'إف بي آي'] },
  { id: 'Christopher Wray', aliases: ['كريستوفر راي', 'راي'] },
  { id: 'DGST', aliases: ['المديرية العامة لمراقبة التراب الوطني', 'مراقبة التراب الوطني'] },
  { id: 'DGSN', aliases: ['المديرية العامة للأمن الوطني', 'الأمن الوطني'] },
  { id: 'CIA', aliases: ['وكالة الاستخبارات المركزية', 'سي آي إيه', 'وكالة المخابرات المركزية'] },
  { id: 'Western Sahara', aliases: ['الصحراء الغربية', 'الصحراء'] },
  { id: 'Sahel', aliases: ['منطقة الساحل', 'الساحل الإفريقي'] },
  { id: 'Khalid Cherkaoui Semmouni', aliases: ['خالد الشرقاوي السموني', 'الشرقاوي'] },
  {
    id: 'Rabat Center for Political and Strategic Studies',
    aliases: ['مركز الرباط للدراسات السياسية والاستراتيجية'],
  },
  { id: 'Africa', aliases: ['أفريقيا', 'إفريقيا'] },
  { id: 'AQIM', aliases: ['تنظيم القاعدة في بلاد المغرب الإسلامي', 'القاعدة في بلاد المغرب الإسلامي'] },
  { id: 'Al-Qaeda', aliases: ['تنظيم القاعدة', 'القاعدة'] },
  { id: 'JNIM', aliases: ['جماعة نصرة الإسلام والمسلمين', 'نصرة الإسلام والمسلمين'] },
  {
    id: 'ISGS',
    aliases: ['ولاية الدولة الإسلامية في منطقة الصحراء الكبرى', 'تنظيم الدولة في الصحراء الكبرى'],
  },
  { id: 'Islamic State', aliases: ['الدولة الإسلامية', 'تنظيم الدولة الإسلامية', 'داعش'] },
  { id: 'DEA', aliases: ['مكتب مكافحة المخدرات', 'إدارة مكافحة المخدرات'] },
];

describe('seed article', () => {
  const report = checkSeed(compileMatcher(SEED_SOURCES), TEXT, EXPECTED, (name) =>
    SEED_SOURCES.some((s) => s.id === name) ? name : null,
  );

  it('finds every must mention', () => {
    expect(report.missingMust.map((e) => `${e.start} ${e.text}`)).toEqual([]);
  });

  it('finds nothing where the fixture says must_not', () => {
    expect(report.forbidden).toEqual([]);
  });

  it('reports the should level', () => {
    const total = report.foundShould.length + report.missingShould.length;
    console.log(
      `seed should: ${report.foundShould.length}/${total}; missed: ${report.missingShould.map((e) => `${e.start} ${e.text}`).join(' | ')}`,
    );
    expect(report.foundShould.length).toBeGreaterThan(0);
  });
});
