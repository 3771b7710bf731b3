import { ENTITY_TYPES, type Entity, type PackFile } from './types.ts';

export interface GeneratePackOptions {
  entities: number;
  id?: string;
  version?: string;
  aliasesPerEntity?: number;
  seed?: number;
}

// Syllables that make plausible, mostly distinct Arabic names; the generator is for load, not meaning.
const SYLLABLES = [
  'با',
  'تر',
  'جم',
  'حس',
  'خل',
  'دو',
  'رش',
  'زي',
  'سع',
  'شم',
  'صف',
  'طه',
  'عب',
  'غا',
  'فر',
  'قا',
  'كم',
  'لي',
  'مح',
  'نو',
  'هد',
  'ود',
  'يس',
];
const LATIN = [
  'ba',
  'tar',
  'jam',
  'has',
  'khal',
  'du',
  'rash',
  'zay',
  'sa',
  'sham',
  'saf',
  'taha',
  'ab',
  'gha',
  'far',
  'qa',
  'kam',
  'li',
  'mah',
  'nu',
  'had',
  'wad',
  'yas',
];

/** A deterministic pseudo-random generator (mulberry32), so benchmarks import the same pack every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A valid pack of `entities` synthetic entities (two-word names, aliases, descriptions, related ids)
 * for import tests and the Chromium benchmark. Pure: no I/O.
 */
export function generatePack(options: GeneratePackOptions): PackFile {
  const { entities: count, id = 'generated', version = '1.0.0', aliasesPerEntity = 3, seed = 1 } = options;
  const random = mulberry32(seed);
  const pick = () => Math.floor(random() * SYLLABLES.length);
  const word = (parts: number[], table: readonly string[]) => parts.map((p) => table[p]).join('');
  const entities: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const first = [pick(), pick()];
    const last = [pick(), pick(), pick()];
    const nameAr = `${word(first, SYLLABLES)} ${word(last, SYLLABLES)} ${i}`;
    const nameEn = `${word(first, LATIN)} ${word(last, LATIN)} ${i}`;
    entities.push({
      id: `gen-${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
      name_ar: nameAr,
      name_en: nameEn,
      aliases_ar: Array.from({ length: aliasesPerEntity }, (_, k) => `${word(last, SYLLABLES)} ${i}-${k}`),
      aliases_en: [`${word(last, LATIN)} ${i}`],
      description_ar: `كيان مولد رقم ${i} لاختبار الأداء.`,
      description_en: `Generated entity number ${i} for load tests.`,
      facts: [],
      related: i > 0 ? [`gen-${i - 1}`] : [],
      links: {},
    });
  }
  return {
    format: 'siyaq-pack',
    format_version: 1,
    pack: { id, name: `Generated ${count}`, version, source: 'generatePack()', license: 'CC0-1.0' },
    entities,
  };
}
