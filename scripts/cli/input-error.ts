/** Bad input from the user (a file, a pack): one line on stderr, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/**
 * Decodes bytes as UTF-8 as they are: a byte-order mark stays (U+FEFF), so offsets are those of the
 * text that Node's readFileSync(f, 'utf8') or Python's open(f, encoding='utf-8') gives. Anything that is
 * not UTF-8 is refused rather than turned into U+FFFD characters.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new InputError(file, 'not valid UTF-8 text');
    // V8 cannot hold a string this long.
    if (error instanceof RangeError)
      throw new InputError(file, `too large to read as text (${(bytes.length / 2 ** 20).toFixed(0)} MiB)`);
    throw error;
  }
}
