import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createScanner,
  loadMatcher,
  type Matcher,
  type MatcherSource,
  serializeMatcher,
} from '../../../lib/match/index.ts';
import { JUMP_WORDS } from '../../../lib/match/word-filter.ts';
import { SOURCES } from './gazetteer.ts';

/*
 * The word filters and first-word jumps only decide which readings are walked and from where: a
 * matcher whose filters let every word through and that has no jumps walks every reading letter by
 * letter, and must find exactly the same names.
 */
const walkEverything = (m: Matcher): Matcher => ({
  ...m,
  anyWords: new Uint32Array(m.anyWords.length).fill(0xffffffff),
  walkWords: new Uint32Array(m.walkWords.length).fill(0xffffffff),
  leadWords: new Uint32Array(m.leadWords.length).fill(0xffffffff),
  jumps: new Int32Array(JUMP_WORDS),
});

/** Names whose words overlap: a first word with another alias word inside it, glued forms, و. */
const EXTRA: MatcherSource[] = [
  { id: 'Abdallah', aliases: ['عبد الله'] },
  { id: 'Abdallah Ould', aliases: ['عبدالله ولد محمد'] },
  { id: 'Al Saud', aliases: ['آل سعود'] },
  { id: 'Ministry', aliases: ['وزارة الداخلية'] },
  { id: 'Ali', aliases: ['علي بن أبي طالب'] },
  { id: 'Aliyan', aliases: ['عليان الشمري'] },
  { id: 'UN', aliases: ['الأمم المتحدة', 'الامم المتحده'] },
  { id: 'Security Council', aliases: ['مجلس الأمن الدولي'] },
];

const PHRASES = [
  'عبد اللطيف حموشي',
  'عبداللطيف حموشي',
  'عبد الله',
  'عبدالله ولد محمد',
  'عبدالله',
  'آل سعود',
  'الالسعود',
  'و زارة الداخلية',
  'وزارة الداخلية',
  'الولاياتالمتحدة',
  'فيالولايات المتحدة',
  'للأمن الوطني',
  'وللأمن الوطني',
  'بالمغرب',
  'والمغرب',
  'فالمغرب',
  'المغربية',
  'الساحل و الصحراء',
  'منطقة الساحل و الصحراء',
  'علي بن أبي طالب',
  'عليان الشمري',
  'عليبن أبي طالب',
  'الأمم المتحدة',
  'للأمم المتحدة',
  'مجلس الأمن الدولي',
  'المديرالعام',
  'كريستوفر راي',
  'راي',
  'رأي',
  'الشرقاوي',
  'خالد الشرقاوي السموني',
  'تنظيم القاعدة في بلاد المغرب الإسلامي',
];
const FILLERS = ['قال', 'في', 'إن', 'و', 'من', 'الذي', 'أمس', '،', '.', '\n', 'ـ', 'المَغرب'];

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

function pages(count: number): string[] {
  const rnd = random(11);
  const pick = (a: string[]) => a[Math.floor(rnd() * a.length)]!;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const words: string[] = [];
    for (let w = 0; w < 12; w++) words.push(rnd() < 0.5 ? pick(PHRASES) : pick(FILLERS));
    out.push(words.join(rnd() < 0.8 ? ' ' : '  '));
  }
  return out;
}

describe('word filters and first-word jumps', () => {
  const matcher = compileMatcher([...SOURCES, ...EXTRA]);
  const reference = walkEverything(matcher);

  it('has jumps for first words and keeps words with an alias word inside them to the walk', () => {
    expect(matcher.jumpPool.length).toBeGreaterThan(0);
    // عبدالله has عبد (a particle) inside it: a jump past it would skip the reading عبد + الله.
    const scan = (text: string) =>
      createScanner(matcher)
        .scan(text)
        .map((m) => m.entity);
    expect(scan('عبدالله ولد محمد')).toEqual(['Abdallah Ould']);
    expect(scan('قال عبدالله أمس')).toEqual(['Abdallah']);
  });

  it('finds exactly what walking every reading finds', () => {
    let total = 0;
    for (const page of pages(400)) {
      const fast = createScanner(matcher).scan(page);
      total += fast.length;
      expect(fast).toEqual(createScanner(reference).scan(page));
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('survives serialisation', () => {
    const loaded = loadMatcher(serializeMatcher(matcher));
    for (const page of pages(50))
      expect(createScanner(loaded).scan(page)).toEqual(createScanner(matcher).scan(page));
  });
});
