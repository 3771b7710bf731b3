// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityForm } from '../../../components/options/EntityForm.tsx';
import { draftOf } from '../../../components/options/entity-draft.ts';
import { en, makeEntity } from './fixtures.ts';

afterEach(cleanup);

type Props = ComponentProps<typeof EntityForm>;

function createComponent(props: Partial<Props> = {}) {
  const all: Props = {
    t: en,
    draft: draftOf(makeEntity()),
    errors: {},
    isNew: false,
    onChange: vi.fn(),
    onSubmit: vi.fn(),
    onCancel: vi.fn(),
    ...props,
  };
  return { ...render(<EntityForm {...all} />), props: all };
}

describe('EntityForm', () => {
  it('shows a field’s problem under it and marks the field invalid', () => {
    createComponent({ errors: { name_ar: 'Required.' } });
    const field = screen.getByLabelText('Arabic name');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Required.',
    );
  });

  it('edits aliases as a list: one labelled input each', () => {
    createComponent();
    expect((screen.getByLabelText('Arabic aliases and spellings: 1') as HTMLInputElement).value).toBe(
      'المملكة المغربية',
    );
  });

  it('adds an empty alias', () => {
    const { props } = createComponent();
    fireEvent.click(screen.getByRole('button', { name: 'Add to Arabic aliases and spellings' }));
    expect(props.onChange).toHaveBeenCalledWith(
      expect.objectContaining({ aliases_ar: ['المملكة المغربية', ''] }),
    );
  });

  it('removes an alias by its named button', () => {
    const { props } = createComponent();
    fireEvent.click(screen.getByRole('button', { name: 'Remove alias المملكة المغربية' }));
    expect(props.onChange).toHaveBeenCalledWith(expect.objectContaining({ aliases_ar: [] }));
  });

  it('submits without reloading the page', () => {
    const { props } = createComponent();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onSubmit).toHaveBeenCalled();
  });
});
