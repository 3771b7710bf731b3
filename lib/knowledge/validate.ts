import * as v from 'valibot';
import { LIMITS, MAX_PROBLEMS } from './limits.ts';
import { fileError, PackError, type PackProblem } from './pack-error.ts';
import { EntitySchema, PackMetaSchema } from './pack-schema.ts';
import { type Entity, type PackFile, type PackMeta, USER_PACK_ID } from './types.ts';

/** Collects problems up to MAX_PROBLEMS while counting all of them. */
export class ProblemList {
  readonly problems: PackProblem[] = [];
  total = 0;

  add(where: string, message: string): void {
    this.total++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ where, message });
  }

  get full(): boolean {
    return this.total >= MAX_PROBLEMS;
  }

  throwIfAny(): void {
    if (this.total > 0) throw new PackError(this.problems, this.total);
  }
}

/** Where an entity is, given its position and the dotted field path of a problem ('' for the whole entity). */
export type Locate = (index: number, raw: unknown, field: string) => string;

/**
 * Validates each raw entity and the uniqueness of ids. Valid entities are returned cleaned; problems go
 * to `problems` (the caller decides when to throw, so pack metadata and entities are reported together).
 */
export function checkEntities(raws: readonly unknown[], problems: ProblemList, locate: Locate): Entity[] {
  const entities: Entity[] = [];
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < raws.length && !problems.full; i++) {
    const raw = raws[i];
    const result = v.safeParse(EntitySchema, raw);
    if (!result.success) {
      for (const issue of result.issues) problems.add(locate(i, raw, pathOf(issue)), issue.message);
      continue;
    }
    const entity = result.output;
    const first = firstIndex.get(entity.id);
    if (first !== undefined) {
      problems.add(locate(i, raw, ''), `duplicate id (first used at ${locate(first, raws[first], '')})`);
      continue;
    }
    firstIndex.set(entity.id, i);
    entities.push(entity);
  }
  return entities;
}

/** Validates a parsed pack file (JSON.parse output or an object built in code); throws PackError. */
export function validatePackFile(input: unknown): PackFile {
  if (!isRecord(input)) throw fileError('not a Siyaq pack: expected a JSON object');
  if (input.format !== 'siyaq-pack') {
    throw fileError(`not a Siyaq pack: must be "siyaq-pack" (got ${show(input.format)})`, 'field format');
  }
  checkFormatVersion(input);
  const problems = new ProblemList();
  const meta = checkPackMeta(input.pack, problems);
  const entities = checkEntities(entityList(input, problems), problems, entityWhere);
  problems.throwIfAny();
  return { format: 'siyaq-pack', format_version: 1, pack: meta as PackMeta, entities };
}

/** Packs and backups are both format_version 1. */
export function checkFormatVersion(input: Record<string, unknown>): void {
  if (input.format_version === 1) return;
  throw fileError(
    `unsupported version ${show(input.format_version)}: this version of Siyaq reads format_version 1`,
    'field format_version',
  );
}

/** The file's entity list, or PackError when it has none or too many (checked before any entity). */
export function entityList(input: Record<string, unknown>, problems: ProblemList): unknown[] {
  if (!Array.isArray(input.entities)) {
    problems.add('field entities', 'required: a list of entities');
    problems.throwIfAny();
  }
  const raws = input.entities as unknown[];
  if (raws.length > LIMITS.entities) {
    throw fileError(`at most ${LIMITS.entities} entities (got ${raws.length})`, 'field entities');
  }
  return raws;
}

/** Where a problem of entity i is: its position, its id when it has one, the field. */
export const entityWhere: Locate = (i, raw, field) =>
  joinWhere(`entity ${i + 1}${idHint(raw)}`, field && `field ${field}`);

/** Validates pack metadata; problems go to `problems` and the result is undefined. */
export function checkPackMeta(raw: unknown, problems: ProblemList): PackMeta | undefined {
  const meta = v.safeParse(PackMetaSchema, raw);
  if (meta.success) {
    if (meta.output.id !== USER_PACK_ID) return meta.output;
    problems.add('field pack.id', `"${USER_PACK_ID}" is reserved for the entities you add yourself`);
    return undefined;
  }
  for (const issue of meta.issues) {
    const path = pathOf(issue);
    problems.add(path ? `field pack.${path}` : 'field pack', issue.message);
  }
  return undefined;
}

/** `aliases_ar[3]`, `links.website`, `facts[0].value_en`; '' for a problem with the value itself. */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const joinWhere = (base: string, detail: string): string => (detail ? `${base} ${detail}` : base);

function idHint(raw: unknown): string {
  if (!isRecord(raw) || typeof raw.id !== 'string') return '';
  return ` (id ${show(raw.id)})`;
}

/** A short, quoted rendering of any value for a message; long hostile strings are cut. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const cut = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return typeof value === 'string' ? JSON.stringify(cut) : cut;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
