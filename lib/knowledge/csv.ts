import Papa from 'papaparse';
import { fileError } from './pack-error.ts';
import type { Entity } from './types.ts';
import { checkEntities, ProblemList } from './validate.ts';

/** The one CSV header Siyaq reads and writes (shared with `siyaq scan --pack`). */
export const CSV_HEADER = [
  'id',
  'type',
  'name_ar',
  'name_en',
  'aliases_ar',
  'aliases_en',
  'description_ar',
  'description_en',
] as const;

/** Separates aliases inside one cell; the schema forbids it inside an alias so export round-trips. */
const ALIAS_SEPARATOR = '|';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a ' in front,
 * as spreadsheets mark text, so a hostile pack cannot run a formula in whoever opens its export. Cells that
 * already begin with ' before such a character get one more, so reading removes exactly one and the
 * round trip is exact.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

interface Row {
  line: number;
  cells: string[];
}

/** Parses and validates CSV pack text; throws PackError naming lines and columns. */
export function parseCsvEntities(text: string): Entity[] {
  const rows = readRows(text.replace(/^\uFEFF/, ''));
  const header = rows.shift();
  if (!header || header.cells.join(',') !== CSV_HEADER.join(',')) {
    throw fileError(`the header must be exactly ${CSV_HEADER.join(',')}`, 'line 1');
  }
  const problems = new ProblemList();
  const raws: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    if (row.cells.length !== CSV_HEADER.length) {
      problems.add(`line ${row.line}`, `expected ${CSV_HEADER.length} columns, got ${row.cells.length}`);
      continue;
    }
    raws.push(rowToRaw(row.cells));
    lines.push(row.line);
  }
  const entities = checkEntities(raws, problems, (i, _raw, field) => {
    const column = field.split(/[.[]/)[0];
    return column ? `line ${lines[i]} column ${column}` : `line ${lines[i]}`;
  });
  problems.throwIfAny();
  return entities;
}

/**
 * Writes entities as RFC 4180 CSV (CRLF, quotes only where needed) that parseCsvEntities reads back;
 * formula-like cells are escaped (FORMULA_LIKE).
 */
export function entitiesToCsv(entities: readonly Entity[]): string {
  const data = entities.map((e) => [
    e.id,
    e.type,
    e.name_ar,
    e.name_en,
    e.aliases_ar.join(ALIAS_SEPARATOR),
    e.aliases_en.join(ALIAS_SEPARATOR),
    e.description_ar,
    e.description_en,
  ]);
  return `${Papa.unparse({ fields: [...CSV_HEADER], data }, { newline: '\r\n', escapeFormulae: FORMULA_LIKE })}\r\n`;
}

function rowToRaw(cells: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  CSV_HEADER.forEach((column, i) => {
    const written = cells[i] ?? '';
    const cell = ESCAPED_FORMULA.test(written) ? written.slice(1) : written;
    raw[column] = column.startsWith('aliases_') ? splitAliases(cell) : cell;
  });
  return raw;
}

const splitAliases = (cell: string): string[] =>
  cell
    .split(ALIAS_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Papa Parse gives rows, not line numbers; a row's first line is the previous row's plus one plus the
 * line breaks inside its quoted cells. Blank lines are kept while counting and dropped afterwards.
 */
function readRows(text: string): Row[] {
  // Always commas: left to guess, Papa takes the | of the alias lists (or a ;) in a short file.
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  const rows: Row[] = [];
  const lineOfRow: number[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    lineOfRow.push(line);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line, cells });
    line += 1 + cells.reduce((n, cell) => n + countBreaks(cell), 0);
  }
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const where = quoteError.row === undefined ? 'file' : `line ${lineOfRow[quoteError.row] ?? '?'}`;
    throw fileError(`malformed CSV: ${quoteError.message}`, where);
  }
  return rows;
}

const countBreaks = (cell: string): number => {
  let n = 0;
  for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
};
