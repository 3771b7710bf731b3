import { existsSync, readFileSync } from 'node:fs';

/** The ANERcorp dev split on this machine; research data, never shipped in the extension. */
export const DEV_CONLL = '/work/shared/data/anercorp/dev.conll';

export interface GoldSpan {
  /** Token range [first, last). */
  first: number;
  last: number;
  type: string;
}

export interface Corpus {
  tokens: string[];
  tags: string[];
  /** Sentence token ranges [start, end): split at blank lines and after a "." token. */
  sentences: [number, number][];
  spans: GoldSpan[];
}

/** Reads a `token TAG` file; exits the process with a clear message if the file is missing. */
export function readConll(path = DEV_CONLL): Corpus {
  if (!existsSync(path)) {
    console.error(`corpus not found: ${path} (ANERcorp dev split, see /work/shared/README.md)`);
    process.exit(2);
  }
  const tokens: string[] = [];
  const tags: string[] = [];
  const sentences: [number, number][] = [];
  let sentenceStart = 0;
  const endSentence = () => {
    if (tokens.length > sentenceStart) sentences.push([sentenceStart, tokens.length]);
    sentenceStart = tokens.length;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      endSentence();
      continue;
    }
    const cut = trimmed.lastIndexOf(' ');
    const token = trimmed.slice(0, cut);
    tokens.push(token);
    tags.push(trimmed.slice(cut + 1));
    if (token === '.') endSentence();
  }
  endSentence();
  return { tokens, tags, sentences, spans: goldSpans(tags) };
}

function goldSpans(tags: readonly string[]): GoldSpan[] {
  const spans: GoldSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    // An I- without a B- (annotation slip) opens a span too.
    if (tag === 'O' || (tag.startsWith('I-') && i > 0 && tags[i - 1]!.slice(2) === tag.slice(2))) continue;
    const type = tag.slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${type}`) j++;
    spans.push({ first: i, last: j, type });
  }
  return spans;
}

export interface CorpusText {
  text: string;
  /** Character offset of each token in text. */
  tokenStart: Int32Array;
}

/** Tokens joined by spaces, sentences by newlines (a sentence is the scanner's block). */
export function corpusText(c: Corpus, sentences = c.sentences): CorpusText {
  const tokenStart = new Int32Array(c.tokens.length).fill(-1);
  const parts: string[] = [];
  let off = 0;
  for (const [s, e] of sentences) {
    for (let i = s; i < e; i++) {
      tokenStart[i] = off;
      parts.push(c.tokens[i]!);
      off += c.tokens[i]!.length + 1;
    }
    parts[parts.length - 1] += '\n';
  }
  let text = '';
  for (let i = 0; i < parts.length; i++) text += parts[i]!.endsWith('\n') ? parts[i] : `${parts[i]} `;
  return { text, tokenStart };
}
