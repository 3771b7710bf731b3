// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../../components/SearchBox.tsx';
import { en } from './fixtures.ts';

afterEach(cleanup);

type Props = ComponentProps<typeof SearchBox>;

function createComponent(props: Partial<Props> = {}) {
  const all: Props = { t: en, value: '', onInput: vi.fn(), ...props };
  return { ...render(<SearchBox {...all} />), props: all };
}

describe('SearchBox', () => {
  it('is a labelled search field', () => {
    createComponent();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeTruthy();
  });

  it('reports every keystroke', () => {
    const { props } = createComponent();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'ترامب' } });
    expect(props.onInput).toHaveBeenCalledWith('ترامب');
  });

  it('clears on Escape', () => {
    const { props } = createComponent({ value: 'الرباط' });
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' });
    expect(props.onInput).toHaveBeenCalledWith('');
  });
});
