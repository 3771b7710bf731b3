// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageEntityList, sortEntities } from '../../../components/PageEntityList.tsx';
import { en, tabEntity } from './fixtures.ts';

afterEach(cleanup);

type Props = ComponentProps<typeof PageEntityList>;

const entities = [
  tabEntity({ id: 'morocco', count: 2, first: 0 }),
  tabEntity({ id: 'fbi', type: 'org', name_ar: 'مكتب التحقيقات', name_en: 'FBI', count: 5, first: 1 }),
  tabEntity({ id: 'rabat', name_ar: 'الرباط', name_en: 'Rabat', count: 1, first: 2 }),
];

function createComponent(props: Partial<Props> = {}) {
  const all: Props = { t: en, lang: 'en', entities, onSelect: vi.fn(), ...props };
  return { ...render(<PageEntityList {...all} />), props: all };
}

const names = () => screen.getAllByRole('listitem').map((li) => li.getAttribute('data-entity'));

describe('PageEntityList', () => {
  it('lists entities by first appearance', () => {
    createComponent();
    expect(names()).toEqual(['morocco', 'fbi', 'rabat']);
  });

  it('orders by frequency when asked', () => {
    createComponent();
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'frequency' } });
    expect(names()).toEqual(['fbi', 'morocco', 'rabat']);
  });

  it('filters by type, offering only the types on the page with their counts', () => {
    createComponent();
    const filter = screen.getByLabelText('Filter by type') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.text)).toEqual(['All types', 'Organisation (1)', 'Place (2)']);
    fireEvent.change(filter, { target: { value: 'org' } });
    expect(names()).toEqual(['fbi']);
  });

  it('breaks frequency ties by first appearance', () => {
    const tied = [tabEntity({ id: 'b', count: 3, first: 1 }), tabEntity({ id: 'a', count: 3, first: 0 })];
    expect(sortEntities(tied, 'frequency').map((e) => e.id)).toEqual(['a', 'b']);
  });
});
