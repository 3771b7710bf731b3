import { vi } from 'vitest';

/**
 * happy-dom has no CSS Custom Highlight API: a Highlight is a Set of ranges with a priority, and the
 * registry a Map. Stub the constructor (undo with vi.unstubAllGlobals) and pass the registry in.
 */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export function stubHighlightApi(): Map<string, FakeHighlight> {
  vi.stubGlobal('Highlight', FakeHighlight);
  return new Map<string, FakeHighlight>();
}

export const asRegistry = (map: Map<string, FakeHighlight>): HighlightRegistry =>
  map as unknown as HighlightRegistry;
