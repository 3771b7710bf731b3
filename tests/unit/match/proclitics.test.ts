import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('proclitics on the first word', () => {
  it.each([
    ['بالرباط', ['Rabat:الرباط']],
    ['وبالرباط', ['Rabat:الرباط']],
    ['فالرباط', ['Rabat:الرباط']],
    ['كالرباط', ['Rabat:الرباط']],
    ['للمديرية العامة للأمن الوطني', ['DGSN:للمديرية العامة للأمن الوطني']],
    ['وللأمن الوطني', ['National Security:للأمن الوطني']],
    ['والمديرية العامة للأمن الوطني', ['DGSN:المديرية العامة للأمن الوطني']],
    ['ووكالة الاستخبارات المركزية', ['CIA:وكالة الاستخبارات المركزية']],
    ['للندن', ['London:لندن']],
    ['ولندن', ['London:لندن']],
    ['وبلندن', ['London:لندن']],
    // ل is not stripped before ال: Arabic writes it as لل
    ['لالرباط', []],
    // ...but a name that begins with أل or إل is not the article: ل comes off as before any name
    ['سافر الوزير لألمانيا', ['Germany:ألمانيا']],
    ['ولألمانيا', ['Germany:ألمانيا']],
    ['رسالة لإلهام علييف', ['Ilham Aliyev:إلهام علييف']],
    // ل + a name that begins with الل is written لل + the rest; the span keeps the لل as for ال
    ['وفقا للجنة الدولية للصليب الأحمر', ['ICRC:للجنة الدولية للصليب الأحمر']],
    ['انضم لليكود', ['Likud:لليكود']],
    ['عاد وللاذقية', ['Latakia:للاذقية']],
    // both readings of لل are tried: الجنة when that is the name
    ['للجنة', ['Paradise:للجنة']],
    ['اللجنة', []],
    // only on the first word
    ['الولايات والمتحدة', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['منطقة الساحل و الصحراء', ['Sahel:منطقة الساحل']],
    ['الساحل و الصحراء', ['Sahel-Sahara:الساحل و الصحراء']],
    ['الساحل والصحراء', ['Sahel-Sahara:الساحل والصحراء']],
    ['جماعة نصرة الإسلام والمسلمين', ['JNIM:جماعة نصرة الإسلام والمسلمين']],
  ])('conjunction و: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
