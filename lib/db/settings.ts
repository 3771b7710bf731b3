import * as v from 'valibot';
import type { SiyaqDB } from './database.ts';

const LangSchema = v.picklist(['ar', 'en']);

// One schema per setting: a stored value that no longer fits (an older build, a manual edit) reads as
// the default instead of breaking the UI.
const SettingSchemas = {
  highlights: v.boolean(),
  highlightStyle: v.picklist(['underline', 'background']),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5_000)),
  modifierKey: v.picklist(['none', 'alt', 'ctrl', 'shift']),
  cardLanguageOrder: v.pipe(v.array(LangSchema), v.minLength(1), v.maxLength(2)),
  theme: v.picklist(['auto', 'light', 'dark']),
  enrichment: v.boolean(),
  siteRules: v.object({ allow: v.array(v.string()), deny: v.array(v.string()) }),
};

export type Settings = { [K in keyof typeof SettingSchemas]: v.InferOutput<(typeof SettingSchemas)[K]> };
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  highlights: true,
  highlightStyle: 'underline',
  hoverDelayMs: 250,
  modifierKey: 'none',
  cardLanguageOrder: ['ar', 'en'],
  theme: 'auto',
  // Off by default: enrichment fetches from the network, which a reader must opt into.
  enrichment: false,
  siteRules: { allow: [], deny: [] },
});

const SETTING_KEYS = Object.keys(SettingSchemas) as SettingKey[];

function parse<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const result = v.safeParse(SettingSchemas[key], value);
  return result.success ? (result.output as Settings[K]) : structuredClone(DEFAULT_SETTINGS[key]);
}

/** All settings, defaults filled in. */
export async function getSettings(db: SiyaqDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  const out = {} as Record<SettingKey, unknown>;
  SETTING_KEYS.forEach((key, i) => {
    out[key] = parse(key, rows[i]?.value);
  });
  return out as Settings;
}

export async function getSetting<K extends SettingKey>(db: SiyaqDB, key: K): Promise<Settings[K]> {
  return parse(key, (await db.settings.get(key))?.value);
}

/** Stores the given settings after validating them; throws on an invalid value (a programming error). */
export async function updateSettings(db: SiyaqDB, patch: Partial<Settings>): Promise<void> {
  const rows = Object.entries(patch).map(([key, value]) => {
    if (!(key in SettingSchemas)) throw new Error(`unknown setting ${key}`);
    return { key, value: v.parse(SettingSchemas[key as SettingKey], value) };
  });
  await db.settings.bulkPut(rows);
}

/** Forgets the given settings (all when none given) so they read as their defaults. */
export async function resetSettings(db: SiyaqDB, keys: readonly SettingKey[] = SETTING_KEYS): Promise<void> {
  await db.settings.bulkDelete([...keys]);
}
