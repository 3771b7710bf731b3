import { NORMALIZATION_VERSION } from '../arabic/index.ts';
import {
  MATCHER_FORMAT_VERSION,
  MATCHER_MAGIC,
  type Matcher,
  symbolTable,
  termBucketsOf,
} from './matcher-data.ts';

/*
 * Layout (little-endian), every section 4-byte aligned:
 *   u32 magic "SYQM", u32 format version, u32 normalisation version, u32 flags (bit 0: foldHamzaSeats),
 *   u32 slots, u32 terminals, u32 termEnts length, u32 symbols length, u32 entity-id bytes,
 *   i32[2 × slots] nodes (base << 5 | flags, check), u32[T] termSlots, u32[T + 1] termEntStart,
 *   u32[E] termEnts, u16[symbols] symbols, UTF-8 entity ids joined by U+0000.
 * Loading makes views into the buffer, no copies: that is what keeps a service-worker restart fast.
 */
const HEADER_WORDS = 9;

const align4 = (n: number) => (n + 3) & ~3;

function byteSize(slots: number, t: number, e: number, symbols: number, idBytes: number): number {
  return (HEADER_WORDS + 2 * slots + t + (t + 1) + e) * 4 + align4(symbols * 2) + idBytes;
}

export function serializeMatcher(m: Matcher): ArrayBuffer {
  const ids = new TextEncoder().encode(m.entityIds.join('\u0000'));
  const slots = m.nodes.length / 2;
  const t = m.termSlots.length;
  const e = m.termEnts.length;
  const buf = new ArrayBuffer(byteSize(slots, t, e, m.symbols.length, ids.length));
  new Uint32Array(buf, 0, HEADER_WORDS).set([
    MATCHER_MAGIC,
    MATCHER_FORMAT_VERSION,
    NORMALIZATION_VERSION,
    m.foldHamzaSeats ? 1 : 0,
    slots,
    t,
    e,
    m.symbols.length,
    ids.length,
  ]);
  let off = HEADER_WORDS * 4;
  for (const arr of [m.nodes, m.termSlots, m.termEntStart, m.termEnts]) {
    new Uint32Array(buf, off, arr.length).set(arr);
    off += arr.length * 4;
  }
  new Uint16Array(buf, off, m.symbols.length).set(m.symbols);
  off += align4(m.symbols.length * 2);
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
  const [, , , flagBits = 0, slots = 0, t = 0, e = 0, symbolCount = 0, idBytes = 0] = head;
  const need = byteSize(slots, t, e, symbolCount, idBytes);
  if (buf.byteLength !== need)
    throw new Error(`matcher buffer is ${buf.byteLength} bytes, header says ${need}`);
  let off = HEADER_WORDS * 4;
  const view = <T>(make: (o: number) => T, bytes: number): T => {
    const v = make(off);
    off += bytes;
    return v;
  };
  const nodes = view((o) => new Int32Array(buf, o, 2 * slots), slots * 8);
  const termSlots = view((o) => new Uint32Array(buf, o, t), t * 4);
  const termEntStart = view((o) => new Uint32Array(buf, o, t + 1), (t + 1) * 4);
  const termEnts = view((o) => new Uint32Array(buf, o, e), e * 4);
  const symbols = view((o) => new Uint16Array(buf, o, symbolCount), align4(symbolCount * 2));
  const idText = new TextDecoder().decode(new Uint8Array(buf, off, idBytes));
  return {
    formatVersion: MATCHER_FORMAT_VERSION,
    foldHamzaSeats: (flagBits & 1) === 1,
    nodes,
    symbols,
    symOf: symbolTable(symbols),
    termSlots,
    termEntStart,
    termEnts,
    termBuckets: termBucketsOf(termSlots, slots),
    entityIds: idBytes === 0 ? [] : idText.split('\u0000'),
  };
}
