import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanner, type Mention } from '../../../lib/match/index.ts';
import { matcher } from './helpers.ts';

/*
 * The scanner reads the text in place, folding unit by unit, so what normalisation drops or expands
 * must not change what it finds. These properties are checked on the seed article, cut into
 * sentences, with marks and ligatures put in at seeded random places.
 */
const SEED = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
const SENTENCES = SEED.split(/(?<=[.،؛:؟!])\s+/).filter((s) => s.length > 20);

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

const MARKS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0640', '\u200C', '\u200F'];
const isArabicLetter = (c: string) => c >= '\u0621' && c <= '\u064A' && c !== '\u0640';

/** The text with marks inserted after some letters, and where each original unit went. */
function withMarks(text: string, rnd: () => number): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (const c of text) {
    at.push(out.length);
    out += c;
    if (isArabicLetter(c) && rnd() < 0.3) out += MARKS[Math.floor(rnd() * MARKS.length)];
  }
  at.push(out.length);
  return { text: out, at };
}

/** Entity and letters of each mention, marks removed: what must not change. */
const named = (text: string, mentions: Mention[]) =>
  mentions.map(
    (m) => `${m.entity}:${text.slice(m.start, m.end).replace(/[\u064B-\u0652\u0640\u200C\u200F]/g, '')}`,
  );

describe('scanner invariants', () => {
  const pages = SENTENCES.map((_, k) => SENTENCES.slice(k, k + 4).join(' ')).slice(0, 40);

  it('has a page set with names in it', () => {
    const total = pages.reduce((n, p) => n + createScanner(matcher).scan(p).length, 0);
    expect(total).toBeGreaterThan(40);
  });

  it('finds the same names, at the same letters, with harakat, tatweel and invisible marks in the words', () => {
    const rnd = random(7);
    for (const page of pages) {
      const plain = createScanner(matcher).scan(page);
      const marked = withMarks(page, rnd);
      const found = createScanner(matcher).scan(marked.text);
      expect(named(marked.text, found)).toEqual(named(page, plain));
      // Starts move with the letters; ends take in the marks that follow the last letter.
      expect(found.map((m) => m.start)).toEqual(plain.map((m) => marked.at[m.start]));
      expect(found.map((m) => m.end)).toEqual(plain.map((m) => marked.at[m.end]));
    }
  });

  it('finds the same names when لا is written as its presentation-form ligature', () => {
    for (const page of pages) {
      const lig = page.replaceAll('لا', '\uFEFB');
      const plain = createScanner(matcher).scan(page);
      const found = createScanner(matcher).scan(lig);
      expect(found.map((m) => m.entity)).toEqual(plain.map((m) => m.entity));
      // Each span covers the same text once the ligature is written out again.
      expect(found.map((m) => lig.slice(m.start, m.end).replaceAll('\uFEFB', 'لا'))).toEqual(
        plain.map((m) => page.slice(m.start, m.end)),
      );
    }
  });

  it('finds the same names in a page scanned whole or sentence by sentence', () => {
    const page = SENTENCES.join(' ');
    const whole = createScanner(matcher).scan(page);
    const scanner = createScanner(matcher);
    const pieces: string[] = [];
    let offset = 0;
    for (const s of SENTENCES) {
      for (const m of scanner.scan(s)) pieces.push(`${m.entity}@${m.start + offset}`);
      offset += s.length + 1;
    }
    expect(pieces).toEqual(whole.map((m) => `${m.entity}@${m.start}`));
  });
});
