import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey } from '../../../lib/arabic/index.ts';

describe('normalizeKey', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهيم'],
    ['آمنة', 'امنه'],
    ['ٱلله', 'الله'],
    ['مصطفى', 'مصطفي'],
    ['ی ک', 'ي ك'],
    // Urdu, Kurdish and Persian forms of heh, ta marbuta and kaf, as Arabic news quotes them
    ['أنقرە', 'انقره'],
    ['ھولندا', 'هولندا'],
    ['خانۀ', 'خانه'],
    ['جماعۃ', 'جماعه'],
    ['ڪندا', 'كندا'],
    ['\u061cالمغرب', 'المغرب'],
    // a seat letter + combining hamza above is the precomposed letter
    ['فو\u0654اد', 'فؤاد'],
    ['الجزاي\u0654ر', 'الجزائر'],
    ['مستشفى\u0654', 'مستشفئ'],
    ['و \u0654', 'و'],
    ['مُحَمَّد', 'محمد'],
    ['محـــمد', 'محمد'],
    ['ﻷمن', 'لامن'],
    ['ﻻ', 'لا'],
    ['ﺍﻟﻤﻐﺮﺏ', 'المغرب'],
    ['\u200fالمغرب\u200e', 'المغرب'],
    ['عبد\u00a0اللطيف', 'عبد اللطيف'],
    ['  الأمن ،  الوطني  ', 'الامن الوطني'],
    ['٢٠٢٢ ۱۹', '2022 19'],
    ['FBI', 'fbi'],
    ['رئيس مؤتمر', 'رئيس مؤتمر'],
    ['ـ', ''],
  ])('%s → %s', (input, key) => {
    expect(normalizeKey(input)).toBe(key);
  });

  it('folds hamza seats only when asked', () => {
    expect(normalizeKey('رئيس مؤتمر', { foldHamzaSeats: true })).toBe('رييس موتمر');
  });

  it('is idempotent', () => {
    const once = normalizeKey('المُدِيرِيَّة العامة للأمن الوطني');
    expect(normalizeKey(once)).toBe(once);
  });
});

describe('normalize offset map', () => {
  it.each([
    // input, normalised text, original start of each normalised unit
    ['أَحمد', 'احمد', [0, 2, 3, 4]],
    ['ﻻ ب', 'لا ب', [0, 0, 1, 2]],
    ['a\u200cB', 'ab', [0, 2]],
    ['a\u200bB', 'a b', [0, 1, 2]],
  ])('%s', (input, text, starts) => {
    const n = normalize(input);
    expect(n.text).toBe(text);
    expect([...n.starts]).toEqual(starts);
  });

  it('ends cover the harakat that follow a letter', () => {
    const n = normalize('مُحَمَّدٌ');
    expect(n.text).toBe('محمد');
    expect(n.ends[n.text.length - 1]).toBe('مُحَمَّدٌ'.length);
  });
});
