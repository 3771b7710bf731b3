// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityList } from '../../../components/EntityList.tsx';
import { en, HOSTILE, tabEntity } from './fixtures.ts';

afterEach(cleanup);

type Props = ComponentProps<typeof EntityList>;

function createComponent(props: Partial<Props> = {}) {
  const all: Props = {
    t: en,
    lang: 'en',
    items: [tabEntity(), tabEntity({ id: 'rabat', name_ar: 'الرباط', name_en: 'Rabat', count: 5, first: 1 })],
    onToggle: vi.fn(),
    ...props,
  };
  return { ...render(<EntityList {...all} />), props: all };
}

describe('EntityList', () => {
  it('shows each entity in the interface language with its mention count', () => {
    createComponent();
    expect(screen.getByRole('button', { name: /Rabat.*الرباط.*5 mentions/ })).toBeTruthy();
  });

  it('reports the entity a row opens', () => {
    const { props } = createComponent();
    fireEvent.click(screen.getByRole('button', { name: /Morocco/ }));
    expect(props.onToggle).toHaveBeenCalledWith('morocco');
  });

  it('renders the open entity’s detail below its row, marked expanded', () => {
    createComponent({ openId: 'rabat', renderDetail: (id) => <p>detail of {id}</p> });
    expect(screen.getByText('detail of rabat')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Rabat/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /Morocco/ }).getAttribute('aria-expanded')).toBe('false');
  });

  it('renders a hostile name as text', () => {
    const { container } = createComponent({ items: [tabEntity({ name_en: HOSTILE })] });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
  });
});
