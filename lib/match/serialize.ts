import { NORMALIZATION_VERSION } from '../arabic/index.ts';
import { MATCHER_FORMAT_VERSION, MATCHER_MAGIC, type Matcher, symbolTable } from './matcher-data.ts';
import { JUMP_WORDS } from './word-filter.ts';

/*
 * Layout (little-endian), every section 4-byte aligned:
 *   u32 magic "SYQM", u32 format version, u32 normalisation version, u32 flags (bit 0: foldHamzaSeats),
 *   then the length of every section below, in its order, and the entity-id bytes;
 *   i32 nodes (2 per slot: base << 5 | flags, check), i32 termValues (1 per slot), u32 termLists,
 *   u32 anyWords, walkWords, leadWords, i32 jumps, u16 symbols, u16 jumpPool,
 *   UTF-8 entity ids joined by U+0000.
 * Loading makes views into the buffer, no copies: that is what keeps a service-worker restart fast.
 */
const SECTIONS = ['slots', 'lists', 'any', 'walk', 'lead', 'jumps', 'symbols', 'pool', 'idBytes'] as const;
type Counts = Record<(typeof SECTIONS)[number], number>;
const HEAD = 4;
const HEADER_WORDS = HEAD + SECTIONS.length;

const align4 = (n: number) => (n + 3) & ~3;

function byteSize(c: Counts): number {
  const words = HEADER_WORDS + 3 * c.slots + c.lists + c.any + c.walk + c.lead + c.jumps;
  return words * 4 + align4(c.symbols * 2) + align4(c.pool * 2) + c.idBytes;
}

export function serializeMatcher(m: Matcher): ArrayBuffer {
  const ids = new TextEncoder().encode(m.entityIds.join('\u0000'));
  const c: Counts = {
    slots: m.nodes.length / 2,
    lists: m.termLists.length,
    any: m.anyWords.length,
    walk: m.walkWords.length,
    lead: m.leadWords.length,
    jumps: m.jumps.length,
    symbols: m.symbols.length,
    pool: m.jumpPool.length,
    idBytes: ids.length,
  };
  const buf = new ArrayBuffer(byteSize(c));
  const head = [MATCHER_MAGIC, MATCHER_FORMAT_VERSION, NORMALIZATION_VERSION, m.foldHamzaSeats ? 1 : 0];
  new Uint32Array(buf, 0, HEADER_WORDS).set([...head, ...SECTIONS.map((k) => c[k])]);
  let off = HEADER_WORDS * 4;
  for (const arr of [m.nodes, m.termValues, m.termLists, m.anyWords, m.walkWords, m.leadWords, m.jumps]) {
    new Uint32Array(buf, off, arr.length).set(arr);
    off += arr.length * 4;
  }
  for (const arr of [m.symbols, m.jumpPool]) {
    new Uint16Array(buf, off, arr.length).set(arr);
    off += align4(arr.length * 2);
  }
  new Uint8Array(buf, off, ids.length).set(ids);
  return buf;
}

/** Loads a serialised matcher; throws an Error naming the problem if the buffer is not one this build reads. */
export function loadMatcher(buf: ArrayBuffer): Matcher {
  if (buf.byteLength < HEADER_WORDS * 4)
    throw new Error(`matcher buffer too short (${buf.byteLength} bytes)`);
  const head = new Uint32Array(buf, 0, HEADER_WORDS);
  if (head[0] !== MATCHER_MAGIC) throw new Error('not a Siyaq matcher (bad magic)');
  if (head[1] !== MATCHER_FORMAT_VERSION) {
    throw new Error(
      `matcher format version ${head[1]}, this build reads ${MATCHER_FORMAT_VERSION}: recompile`,
    );
  }
  if (head[2] !== NORMALIZATION_VERSION) {
    throw new Error(
      `matcher normalisation version ${head[2]}, this build uses ${NORMALIZATION_VERSION}: recompile`,
    );
  }
  const c = Object.fromEntries(SECTIONS.map((k, i) => [k, head[HEAD + i]!])) as Counts;
  if (![c.any, c.walk, c.lead, c.jumps / JUMP_WORDS].every(isPowerOfTwo))
    throw new Error('matcher word filters are malformed');
  const need = byteSize(c);
  if (buf.byteLength !== need)
    throw new Error(`matcher buffer is ${buf.byteLength} bytes, header says ${need}`);
  let off = HEADER_WORDS * 4;
  const view = <T>(make: (o: number) => T, bytes: number): T => {
    const v = make(off);
    off += bytes;
    return v;
  };
  const i32 = (n: number) => view((o) => new Int32Array(buf, o, n), n * 4);
  const u32 = (n: number) => view((o) => new Uint32Array(buf, o, n), n * 4);
  const u16 = (n: number) => view((o) => new Uint16Array(buf, o, n), align4(n * 2));
  const nodes = i32(2 * c.slots);
  const termValues = i32(c.slots);
  const termLists = u32(c.lists);
  const anyWords = u32(c.any);
  const walkWords = u32(c.walk);
  const leadWords = u32(c.lead);
  const jumps = i32(c.jumps);
  const symbols = u16(c.symbols);
  const jumpPool = u16(c.pool);
  const idText = new TextDecoder().decode(new Uint8Array(buf, off, c.idBytes));
  return {
    formatVersion: MATCHER_FORMAT_VERSION,
    foldHamzaSeats: (head[3]! & 1) === 1,
    nodes,
    anyWords,
    walkWords,
    leadWords,
    jumps,
    jumpPool,
    symbols,
    symOf: symbolTable(symbols),
    termValues,
    termLists,
    entityIds: c.idBytes === 0 ? [] : idText.split('\u0000'),
  };
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;
