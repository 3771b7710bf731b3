import { describe, expect, it } from 'vitest';
import {
  aliasErrors,
  draftOf,
  emptyDraft,
  entityOf,
  translateProblem,
  validateDraft,
} from '../../../components/options/entity-draft.ts';
import { ar, en, makeEntity } from './fixtures.ts';

describe('entity drafts', () => {
  it('prefills the Arabic name from Arabic text and the English name otherwise', () => {
    expect(emptyDraft('user.x', 'حموشي').name_ar).toBe('حموشي');
    expect(emptyDraft('user.x', 'Hammouchi').name_en).toBe('Hammouchi');
  });

  it('round-trips an entity through a draft, keeping the facts the form does not edit', () => {
    const entity = makeEntity({ facts: [{ label_ar: 'أ', label_en: 'a', value_ar: 'ب', value_en: 'b' }] });
    expect(entityOf(draftOf(entity), entity)).toEqual(entity);
  });

  it('requires the Arabic name, with the message in the interface language', () => {
    expect(validateDraft({ ...emptyDraft('user.x'), name_en: 'X' }, ar).name_ar).toBe('حقل مطلوب.');
  });

  it('refuses an "as of" date that does not exist, with the date message in the interface language', () => {
    const draft = { ...emptyDraft('user.x', 'حموشي'), as_of: '2025-13-45' };
    expect(validateDraft(draft, ar).as_of).toBe('يجب أن يكون بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.');
  });

  it('places an alias problem by its position', () => {
    const draft = { ...emptyDraft('user.x', 'حموشي'), aliases_ar: ['ok', 'a|b'] };
    expect(aliasErrors(validateDraft(draft, en), 'aliases_ar')).toEqual({ 1: 'Must not contain “|”.' });
  });

  it('refuses a javascript: website like a pack would', () => {
    const draft = { ...emptyDraft('user.x', 'حموشي'), website: 'javascript:alert(1)' };
    expect(validateDraft(draft, en).website).toBe('Must be an http or https address.');
  });

  it('accepts a complete draft', () => {
    expect(validateDraft(draftOf(makeEntity()), en)).toEqual({});
  });

  it('says a name with no letters can never be found, and how long a name may be, in the page language', () => {
    expect(validateDraft(emptyDraft('user.x', 'ـــ ً'), en).name_ar).toBe(
      'Has no letters or digits, so it can never be found on a page.',
    );
    expect(validateDraft(emptyDraft('user.x', 'م'.repeat(500)), en).name_ar).toMatch(
      /^Too long: at most \d+\.$/,
    );
  });

  it('keeps a schema message it cannot translate', () => {
    expect(translateProblem('something new', en)).toBe('something new');
  });
});
