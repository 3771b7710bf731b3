import type { MatcherSource } from '../../../lib/match/index.ts';

/** A small knowledge base for the behaviour tests (ids are English names). */
export const SOURCES: MatcherSource[] = [
  { id: 'Morocco', aliases: ['المغرب', 'المملكة المغربية'] },
  { id: 'United States', aliases: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'أمريكا'] },
  { id: 'Rabat', aliases: ['الرباط'] },
  { id: 'London', aliases: ['لندن'] },
  { id: 'AQIM', aliases: ['تنظيم القاعدة في بلاد المغرب الإسلامي'] },
  { id: 'Al-Qaeda', aliases: ['القاعدة', 'تنظيم القاعدة'] },
  { id: 'DGSN', aliases: ['المديرية العامة للأمن الوطني'] },
  { id: 'National Security', aliases: ['الأمن الوطني'] },
  { id: 'Hammouchi', aliases: ['عبد اللطيف حموشي'] },
  { id: 'Sahel', aliases: ['منطقة الساحل'] },
  { id: 'Sahel-Sahara', aliases: ['الساحل والصحراء'] },
  { id: 'JNIM', aliases: ['جماعة نصرة الإسلام والمسلمين'] },
  { id: 'CIA', aliases: ['وكالة الاستخبارات المركزية'] },
  { id: 'Cherkaoui', aliases: ['خالد الشرقاوي السموني', 'الشرقاوي'] },
  { id: 'Wray', aliases: ['كريستوفر راي', 'راي'] },
  { id: 'General Director', aliases: ['المدير العام'] },
  { id: 'Germany', aliases: ['ألمانيا'] },
  { id: 'Ilham Aliyev', aliases: ['إلهام علييف'] },
  { id: 'ICRC', aliases: ['اللجنة الدولية للصليب الأحمر'] },
  { id: 'Likud', aliases: ['الليكود'] },
  { id: 'Latakia', aliases: ['اللاذقية'] },
  { id: 'Paradise', aliases: ['الجنة'] },
  { id: 'Fouad Siniora', aliases: ['فؤاد السنيورة'] },
  { id: 'Algeria', aliases: ['الجزائر'] },
];
