/**
 * The per-code-unit tables behind every normalisation in Siyaq: one 64K Uint16 fold table and one 64K
 * Uint8 class table, built once. Matching folds text by table lookup instead of String.normalize so that
 * every folded unit keeps a known original offset (NFKC of a whole string would lose the map).
 */

/** fold[c] === DROP: the unit vanishes (harakat, tatweel, invisible controls). */
export const DROP = 0;
/** fold[c] === EXPAND: the unit becomes several (lam-alef ligatures); see FoldTables.expansions. */
export const EXPAND = 0xffff;

/** Class of a folded unit. */
export const CLASS_OTHER = 0;
export const CLASS_WORD = 1;
export const CLASS_SPACE = 2;
/** Line breaks: one is a space (soft-wrapped HTML source), two or more end a phrase. */
export const CLASS_NEWLINE = 3;

export interface FoldOptions {
  /** ؤ → و and ئ → ي. Off by default: see lib/match/README.md (measured on the eval). */
  foldHamzaSeats: boolean;
}

export interface FoldTables {
  fold: Uint16Array;
  cls: Uint8Array;
  /** fold and class in one lookup for the scan's hot loop: fold[c] | cls[fold[c]] << 16. */
  foldCls: Uint32Array;
  /** Multi-unit foldings, keyed by the original unit, already folded further. */
  expansions: ReadonlyMap<number, string>;
  options: FoldOptions;
}

const ALEF = 0x0627;
const YEH = 0x064a;

function isDropped(c: number): boolean {
  return (
    c === 0x0640 || // tatweel
    c === 0x061c || // Arabic letter mark (a bidi control, like RLM)
    (c >= 0x064b && c <= 0x065f) || // harakat, shadda, sukun, small marks
    c === 0x0670 || // superscript alef
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic annotation marks
    (c >= 0x200c && c <= 0x200f) || // ZWNJ, ZWJ, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff || // BOM / ZWNBSP
    c === 0x00ad // soft hyphen
  );
}

/** The letter-level folding of base (non-presentation) units. */
function foldBase(c: number, opts: FoldOptions): number {
  if (isDropped(c)) return DROP;
  // A zero-width space is a word break without a visible gap (Unicode's own reading): a space.
  if (c === 0x200b) return 0x20;
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
    case 0x0672:
    case 0x0673:
      return ALEF;
    case 0x0649: // ى
    case 0x06cc: // Persian ی
      return YEH;
    case 0x0629: // ة
    case 0x06c3: // Urdu ۃ (ta marbuta goal)
    case 0x06be: // ھ (heh doachashmee, Urdu and Kurdish)
    case 0x06d5: // ە (ae, Kurdish and Uyghur)
    case 0x06c0: // ۀ (heh with yeh above, Persian ezafe)
      return 0x0647;
    case 0x06a9: // Persian ک
    case 0x06aa: // ڪ (swash kaf)
      return 0x0643;
    case 0x0624: // ؤ
      return opts.foldHamzaSeats ? 0x0648 : c;
    case 0x0626: // ئ
      return opts.foldHamzaSeats ? YEH : c;
  }
  if (c >= 0x0660 && c <= 0x0669) return 0x30 + (c - 0x0660); // Eastern Arabic digits
  if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + (c - 0x06f0); // Persian digits
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xc0 && c < 0x250) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return c;
}

const LETTER = /\p{L}/u;
const FOLDED_RANGES = [
  [0x0000, 0x024f],
  [0x0600, 0x06ff],
  [0x200b, 0x206f],
  [0xfeff, 0xfeff],
] as const;
const CLASSIFIED_RANGES = [
  [0x0000, 0x024f],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0x1680, 0x1680],
  [0x1e00, 0x1eff],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
] as const;
const WHITESPACE = /\s/u;

function classify(c: number): number {
  if (c === 0x0a || c === 0x0d || c === 0x2028) return CLASS_NEWLINE;
  // A paragraph separator is a paragraph break, as a blank line is.
  if (c === 0x2029) return CLASS_OTHER;
  if (c >= 0x30 && c <= 0x39) return CLASS_WORD;
  const ch = String.fromCharCode(c);
  // Only Arabic and Latin script letters make words; other scripts are boundaries.
  const arabic = (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff);
  const latin = c < 0x0250 || (c >= 0x1e00 && c <= 0x1eff);
  if ((arabic || latin) && LETTER.test(ch)) return CLASS_WORD;
  if (WHITESPACE.test(ch)) return CLASS_SPACE;
  return CLASS_OTHER;
}

function buildTables(opts: FoldOptions): FoldTables {
  const fold = new Uint16Array(0x10000);
  const cls = new Uint8Array(0x10000);
  const expansions = new Map<number, string>();
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  // foldBase is the identity outside these ranges; skipping them keeps start-up to a few ms.
  for (const [lo, hi] of FOLDED_RANGES) for (let c = lo; c <= hi; c++) fold[c] = foldBase(c, opts);
  fold[EXPAND] = DROP; // a noncharacter; the value is reserved as the expansion marker
  // NUL's own value is the DROP marker: it would vanish inside a word. It separates, as U+FFFD does.
  fold[0] = 0xfffd;
  // Presentation forms: take exactly what NFKC says for this one unit, then fold that further.
  for (const [lo, hi] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
  ] as const) {
    for (let c = lo; c <= hi; c++) {
      const nfkc = String.fromCharCode(c).normalize('NFKC');
      if (nfkc === String.fromCharCode(c)) continue;
      // FE70-FE7F (isolated harakat) decompose to space + mark: the space is an artefact, not a gap.
      let out = '';
      for (const u of nfkc.trim()) {
        const f = foldBase(u.charCodeAt(0), opts);
        if (f !== DROP) out += String.fromCharCode(f);
      }
      if (out.length === 0) fold[c] = DROP;
      else if (out.length === 1) fold[c] = out.charCodeAt(0);
      else {
        fold[c] = EXPAND;
        expansions.set(c, out);
      }
    }
  }
  // Only these ranges can hold word units or spaces; the rest of the table stays CLASS_OTHER (0).
  for (const [lo, hi] of CLASSIFIED_RANGES) for (let c = lo; c <= hi; c++) cls[c] = classify(c);
  const foldCls = new Uint32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = fold[c]!;
    foldCls[c] = f === DROP || f === EXPAND ? f : f | (cls[f]! << 16);
  }
  return { fold, cls, foldCls, expansions, options: opts };
}

const cache = new Map<boolean, FoldTables>();

/** The shared tables for these options (built on first use, about a few ms). */
export function getFoldTables(opts: Partial<FoldOptions> = {}): FoldTables {
  const hamza = opts.foldHamzaSeats ?? DEFAULT_FOLD_OPTIONS.foldHamzaSeats;
  let t = cache.get(hamza);
  if (!t) {
    t = buildTables({ foldHamzaSeats: hamza });
    cache.set(hamza, t);
  }
  return t;
}

export const DEFAULT_FOLD_OPTIONS: FoldOptions = { foldHamzaSeats: false };
