import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  getSetting,
  getSettings,
  resetSettings,
  updateSettings,
} from '../../../lib/db/settings.ts';
import { freshDb } from './helpers.ts';

describe('settings', () => {
  it('reads the defaults from an empty database', async () => {
    expect(await getSettings(freshDb())).toEqual({
      highlights: true,
      highlightStyle: 'underline',
      hoverDelayMs: 250,
      modifierKey: 'none',
      cardLanguageOrder: ['ar', 'en'],
      theme: 'auto',
      enrichment: false,
      siteRules: { allow: [], deny: [] },
    });
  });

  it('stores and reads back an update', async () => {
    const db = freshDb();
    await updateSettings(db, { hoverDelayMs: 400, siteRules: { allow: [], deny: ['example.com'] } });
    expect(await getSetting(db, 'hoverDelayMs')).toBe(400);
    expect((await getSettings(db)).siteRules.deny).toEqual(['example.com']);
  });

  it('rejects an invalid value', async () => {
    await expect(updateSettings(freshDb(), { hoverDelayMs: -1 })).rejects.toThrow();
  });

  it('reads a stored value that no longer fits as the default', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'theme', value: 'neon' });
    expect(await getSetting(db, 'theme')).toBe('auto');
  });

  it('resets to defaults', async () => {
    const db = freshDb();
    await updateSettings(db, { highlights: false });
    await resetSettings(db);
    expect(await getSetting(db, 'highlights')).toBe(true);
  });

  it('hands out copies, never the frozen defaults', async () => {
    const settings = await getSettings(freshDb());
    expect(settings.siteRules).not.toBe(DEFAULT_SETTINGS.siteRules);
  });
});
