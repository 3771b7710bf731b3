export {
  CLASS_NEWLINE,
  CLASS_OTHER,
  CLASS_SPACE,
  CLASS_WORD,
  DEFAULT_FOLD_OPTIONS,
  DROP,
  EXPAND,
  type FoldOptions,
  type FoldTables,
  getFoldTables,
} from './char-tables.ts';
export {
  composeHamzaSeats,
  foldKeyInto,
  NORMALIZATION_VERSION,
  type NormalizedText,
  normalize,
  normalizeKey,
} from './normalize.ts';
export { stripProclitics } from './proclitics.ts';
