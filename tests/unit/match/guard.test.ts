import { describe, expect, it } from 'vitest';
import { compileMatcher, createScanner, findMentions } from '../../../lib/match/index.ts';
import { found, matcher } from './helpers.ts';

describe('ambiguity guard', () => {
  it.each([
    // راي is a common word (رأي, opinion): alone it needs the full name first
    ['قال راي إن', []],
    ['كريستوفر راي قال إن راي', ['Wray:كريستوفر راي', 'Wray:راي']],
    // القاعدة is a common word; the longer alias carries it
    ['القاعدة العسكرية', []],
    ['تنظيم القاعدة ثم القاعدة', ['Al-Qaeda:تنظيم القاعدة', 'Al-Qaeda:القاعدة']],
    // الشرقاوي is not a common word in the corpus: it matches alone
    ['الشرقاوي', ['Cherkaoui:الشرقاوي']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('remembers entities across blocks of one page', () => {
    const scanner = createScanner(matcher);
    expect(scanner.scan('التقى كريستوفر راي')).toHaveLength(1);
    expect(scanner.scan('وقال راي')).toEqual([{ start: 5, end: 8, entity: 'Wray' }]);
    scanner.reset();
    expect(scanner.scan('وقال راي')).toEqual([]);
  });

  it('guards one-word aliases of two letters', () => {
    const m = compileMatcher([{ id: 'UN', aliases: ['الأمم المتحدة', 'أم'] }]);
    expect(findMentions(m, 'أم')).toEqual([]);
    expect(findMentions(m, 'الأمم المتحدة ثم أم').map((x) => x.entity)).toEqual(['UN', 'UN']);
  });

  it('resolves a shared alias to the entity already seen on the page', () => {
    const m = compileMatcher([
      { id: 'Bush senior', aliases: ['جورج بوش الأب', 'بوش'] },
      { id: 'Bush junior', aliases: ['جورج دبليو بوش', 'بوش'] },
    ]);
    expect(findMentions(m, 'بوش').map((x) => x.entity)).toEqual(['Bush senior']);
    expect(findMentions(m, 'جورج دبليو بوش ثم بوش').map((x) => x.entity)).toEqual([
      'Bush junior',
      'Bush junior',
    ]);
  });
});
