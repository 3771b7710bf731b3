import { describe, expect, it } from 'vitest';
import { stripProclitics } from '../../../lib/arabic/index.ts';

describe('stripProclitics', () => {
  it.each([
    ['بالرباط', ['بالرباط', 'الرباط']],
    ['وبالرباط', ['وبالرباط', 'بالرباط', 'الرباط']],
    ['للأمن', ['للامن', 'الامن']],
    ['وللأمن', ['وللامن', 'للامن', 'الامن']],
    ['ووكالة', ['ووكاله', 'وكاله']],
    ['فلبنان', ['فلبنان', 'لبنان', 'بنان']],
    ['كأمريكا', ['كامريكا', 'امريكا']],
    ['المغرب', ['المغرب']],
    ['وب', ['وب']],
  ])('%s', (word, stems) => {
    expect(stripProclitics(word)).toEqual(stems);
  });
});
