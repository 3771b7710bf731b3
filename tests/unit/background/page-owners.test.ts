import { describe, expect, it } from 'vitest';
import { PageOwners } from '../../../lib/background/page-owners.ts';

describe('PageOwners', () => {
  it('accepts a document on a frame nobody has claimed yet', () => {
    expect(new PageOwners().isCurrent(1, 0, 'doc-a')).toBe(true);
  });

  it('turns away a replaced document after a reload', () => {
    const owners = new PageOwners();
    owners.claim(1, 0, 'doc-a');
    owners.claim(1, 0, 'doc-b');
    expect(owners.isCurrent(1, 0, 'doc-a')).toBe(false);
    expect(owners.isCurrent(1, 0, 'doc-b')).toBe(true);
  });

  it('keeps frames and tabs apart', () => {
    const owners = new PageOwners();
    owners.claim(1, 0, 'top');
    owners.claim(1, 7, 'frame');
    owners.claim(2, 0, 'other-tab');
    expect(owners.isCurrent(1, 7, 'frame')).toBe(true);
    expect(owners.isCurrent(1, 7, 'top')).toBe(false);
    expect(owners.isCurrent(2, 0, 'top')).toBe(false);
  });

  it('forgets a closed tab', () => {
    const owners = new PageOwners();
    owners.claim(1, 0, 'doc-a');
    owners.drop(1);
    expect(owners.isCurrent(1, 0, 'doc-z')).toBe(true);
  });
});
