import { PROBLEMS_IN_MESSAGE } from './limits.ts';

/** One thing wrong with a pack, located for a human: `entity 12 (id "x") field aliases_ar`, `line 5 column name_ar`. */
export interface PackProblem {
  where: string;
  message: string;
}

/**
 * Thrown for every rejected pack (JSON or CSV) before anything is written. The message names the first
 * problems so a UI or CLI can show it as is; `problems` holds up to MAX_PROBLEMS of them and `total`
 * how many were found in all.
 */
export class PackError extends Error {
  override readonly name = 'PackError';
  readonly problems: readonly PackProblem[];
  readonly total: number;

  constructor(problems: readonly PackProblem[], total = problems.length) {
    super(formatProblems(problems, total));
    this.problems = problems;
    this.total = total;
  }
}

/** A PackError with a single problem about the file as a whole. */
export function fileError(message: string, where = 'file'): PackError {
  return new PackError([{ where, message }]);
}

function formatProblems(problems: readonly PackProblem[], total: number): string {
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((p) => `- ${p.where}: ${p.message}`);
  const more = total - shown.length;
  const head = total === 1 ? 'Pack rejected: 1 problem' : `Pack rejected: ${total} problems`;
  return [head, ...shown, ...(more > 0 ? [`- … and ${more} more`] : [])].join('\n');
}
