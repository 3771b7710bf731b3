/** Bad input from the user (a file, a pack): one line on stderr, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Decodes bytes as UTF-8, refusing anything that is not (rather than inventing U+FFFD characters). */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text');
  }
}
