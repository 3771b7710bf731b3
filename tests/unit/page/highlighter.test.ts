// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_TYPES } from '../../../lib/knowledge/types.ts';
import { Highlighter, type HighlightStyle, highlightName } from '../../../lib/page/highlighter.ts';
import { asRegistry, stubHighlightApi } from './highlight-registry.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A range over one word of a fresh paragraph. */
function rangeOf(text: string): Range {
  const p = document.body.appendChild(document.createElement('p'));
  p.textContent = text;
  const range = document.createRange();
  range.selectNodeContents(p.firstChild!);
  return range;
}

function createHighlighter(style: HighlightStyle = 'underline') {
  const registry = stubHighlightApi();
  const highlighter = new Highlighter(style, asRegistry(registry));
  highlighter.show(true);
  return { highlighter, registry };
}

describe('highlightName', () => {
  it.each([
    ['person', 'underline', 'siyaq-person'],
    ['place', 'underline', 'siyaq-place'],
    ['person', 'background', 'siyaq-bg-person'],
    ['org', 'background', 'siyaq-bg-org'],
    // focus and flash look the same in both styles
    ['focus', 'background', 'siyaq-focus'],
    ['flash', 'background', 'siyaq-flash'],
    ['focus', 'underline', 'siyaq-focus'],
  ] as const)('%s in %s style is %s', (type, style, name) => {
    expect(highlightName(type, style)).toBe(name);
  });
});

describe('Highlighter', () => {
  it.each([
    ['underline', [...ENTITY_TYPES.map((t) => `siyaq-${t}`), 'siyaq-focus', 'siyaq-flash']],
    ['background', [...ENTITY_TYPES.map((t) => `siyaq-bg-${t}`), 'siyaq-focus', 'siyaq-flash']],
  ] as const)('registers one highlight per type in %s style', (style, names) => {
    const { registry } = createHighlighter(style);
    expect([...registry.keys()].sort()).toEqual([...names].sort());
  });

  it('paints focus and flash over the type marks', () => {
    const { registry } = createHighlighter();
    expect([registry.get('siyaq-focus')?.priority, registry.get('siyaq-person')?.priority]).toEqual([1, 0]);
  });

  it('adds and removes ranges in their type’s highlight', () => {
    const { highlighter, registry } = createHighlighter();
    const rabat = rangeOf('الرباط');
    const hammouchi = rangeOf('عبد اللطيف حموشي');
    highlighter.add('place', [rabat]);
    highlighter.add('person', [hammouchi]);
    highlighter.remove('place', rabat);
    expect([registry.get('siyaq-place')?.size, [...registry.get('siyaq-person')!]]).toEqual([0, [hammouchi]]);
  });

  it('show(false) takes the type marks away but keeps focus and flash', () => {
    const { highlighter, registry } = createHighlighter('background');
    highlighter.show(false);
    expect([...registry.keys()].sort()).toEqual(['siyaq-flash', 'siyaq-focus']);
  });

  it('show(true) again brings back the same highlights with their ranges', () => {
    const { highlighter, registry } = createHighlighter();
    const rabat = rangeOf('الرباط');
    highlighter.add('place', [rabat]);
    highlighter.show(false);
    highlighter.show(true);
    expect([...registry.get('siyaq-place')!]).toEqual([rabat]);
  });

  it('marks one range at a time, and clears the mark with null', () => {
    const { highlighter, registry } = createHighlighter();
    const first = rangeOf('المغرب');
    const second = rangeOf('الولايات المتحدة');
    highlighter.mark('focus', first);
    highlighter.mark('focus', second);
    expect([...registry.get('siyaq-focus')!]).toEqual([second]);
    highlighter.mark('focus', null);
    expect(registry.get('siyaq-focus')!.size).toBe(0);
  });

  it('keeps focus and flash apart', () => {
    const { highlighter, registry } = createHighlighter();
    const rabat = rangeOf('الرباط');
    highlighter.mark('flash', rabat);
    highlighter.mark('focus', null);
    expect([...registry.get('siyaq-flash')!]).toEqual([rabat]);
  });

  it('clear() empties every highlight but leaves them registered', () => {
    const { highlighter, registry } = createHighlighter();
    highlighter.add('org', [rangeOf('مكتب التحقيقات الفيدرالي')]);
    highlighter.mark('flash', rangeOf('الرباط'));
    highlighter.clear();
    expect([...registry.values()].map((h) => h.size)).toEqual(new Array(registry.size).fill(0));
    expect(registry.size).toBe(ENTITY_TYPES.length + 2);
  });

  it('turns itself off where the Highlight API is missing', () => {
    const registry = new Map();
    const highlighter = new Highlighter('underline', asRegistry(registry));
    highlighter.show(true);
    highlighter.add('place', [rangeOf('الرباط')]);
    highlighter.mark('focus', rangeOf('المغرب'));
    expect([highlighter.supported, registry.size]).toEqual([false, 0]);
  });

  it('turns itself off without a registry', () => {
    stubHighlightApi();
    expect(new Highlighter('underline', undefined).supported).toBe(false);
  });
});
