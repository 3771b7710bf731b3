import type { Lang, MessageKey } from '../lib/i18n/translate.ts';
import type { EntityType } from '../lib/knowledge/types.ts';

/** The message key of each entity type's label. */
export const TYPE_KEYS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  org: 'typeOrg',
  group: 'typeGroup',
  place: 'typePlace',
  event: 'typeEvent',
  other: 'typeOther',
};

interface Named {
  name_ar: string;
  name_en: string;
}

/** An entity's name in the interface language, falling back to the other language. */
export const nameIn = (entity: Named, lang: Lang): string =>
  (lang === 'ar' ? entity.name_ar || entity.name_en : entity.name_en || entity.name_ar) || '';

/** The name in the other language, if it differs (shown as a subtitle). */
export const otherName = (entity: Named, lang: Lang): string => {
  const other = lang === 'ar' ? entity.name_en : entity.name_ar;
  return other && other !== nameIn(entity, lang) ? other : '';
};

/** The text direction of a piece of data, so Arabic names stay rtl inside an English page and vice versa. */
export const dirOfText = (text: string): 'rtl' | 'ltr' =>
  /[\u0600-\u06ff\u0750-\u077f]/.test(text) ? 'rtl' : 'ltr';
