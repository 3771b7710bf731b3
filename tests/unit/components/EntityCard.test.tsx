// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityCardProps } from '../../../components/EntityCard.tsx';
import { ar, en, HOSTILE, makeCard } from './fixtures.ts';

function createComponent(props: Partial<EntityCardProps> = {}) {
  const all: EntityCardProps = { card: makeCard(), t: en, onOpenRelated: vi.fn(), ...props };
  return { ...render(<EntityCard {...all} />), props: all };
}

afterEach(cleanup);

describe('EntityCard', () => {
  it('shows both names, the type and the description', () => {
    createComponent();
    expect(screen.getByRole('heading', { name: 'مكتب التحقيقات الفيدرالي' })).toBeTruthy();
    expect(screen.getByText('Federal Bureau of Investigation')).toBeTruthy();
    expect(screen.getByText('Organisation')).toBeTruthy();
    expect(screen.getByText('وكالة أمنية أمريكية.')).toBeTruthy();
  });

  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    [undefined, null],
  ] as const)('carries the reader’s theme %s onto the hover card', (theme, attribute) => {
    createComponent({ role: 'dialog', theme });
    expect(screen.getByRole('dialog').getAttribute('data-theme')).toBe(attribute);
  });

  it('renders a hostile name and description as text, never as HTML', () => {
    const { container } = createComponent({
      card: makeCard({ name: { text: HOSTILE, lang: 'en' }, description: { text: HOSTILE, lang: 'en' } }),
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE)).toHaveLength(2);
  });

  it('marks Arabic text right to left and English left to right', () => {
    createComponent();
    expect(screen.getByText('وكالة أمنية أمريكية.').getAttribute('dir')).toBe('rtl');
    expect(screen.getByText('Federal Bureau of Investigation').getAttribute('dir')).toBe('ltr');
  });

  it('opens a related entity by id', () => {
    const { props } = createComponent();
    fireEvent.click(screen.getByRole('button', { name: 'Open the card of الولايات المتحدة' }));
    expect(props.onOpenRelated).toHaveBeenCalledWith('usa');
  });

  it('opens external links in a new tab without an opener', () => {
    createComponent();
    const link = screen.getByRole('link', { name: /Wikipedia \(English\)/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('shows the pin button only when pinning is possible, with its state', () => {
    const onTogglePin = vi.fn();
    createComponent({ pinned: true, onTogglePin });
    const pin = screen.getByRole('button', { name: 'Unpin card' });
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pin);
    expect(onTogglePin).toHaveBeenCalled();
  });

  it('has no pin, close, panel or edit buttons without their callbacks', () => {
    createComponent();
    expect(screen.queryByRole('button', { name: /Pin|Close|side panel|Edit/ })).toBeNull();
  });

  it('calls back from show in side panel, edit and close', () => {
    const onShowInPanel = vi.fn();
    const onEdit = vi.fn();
    const onClose = vi.fn();
    createComponent({ onShowInPanel, onEdit, onClose });
    fireEvent.click(screen.getByRole('button', { name: 'Show in side panel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect([onShowInPanel, onEdit, onClose].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('is a labelled dialog in the hover card', () => {
    createComponent({ role: 'dialog' });
    expect(screen.getByRole('dialog', { name: 'Context card: مكتب التحقيقات الفيدرالي' })).toBeTruthy();
  });

  it('shows a Wikipedia summary as text in its language, attributed with a link to the article', () => {
    const url = 'https://en.wikipedia.org/wiki/Federal_Bureau_of_Investigation';
    createComponent({ card: makeCard({ summary: { text: 'The FBI is a US agency.', lang: 'en', url } }) });
    const text = screen.getByText('The FBI is a US agency.');
    expect([text.getAttribute('lang'), text.getAttribute('dir')]).toEqual(['en', 'ltr']);
    const source = screen.getByRole('link', { name: 'From Wikipedia (opens in a new tab)' });
    expect(source.getAttribute('href')).toBe(url);
    expect(source.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('region', { name: 'From Wikipedia' }).contains(text)).toBe(true);
  });

  it('attributes an Arabic summary in Arabic, right to left', () => {
    const url = 'https://ar.wikipedia.org/wiki/x';
    render(
      <EntityCard
        card={makeCard({ summary: { text: 'وكالة تحقيقات فدرالية.', lang: 'ar', url } })}
        t={ar}
        onOpenRelated={vi.fn()}
      />,
    );
    expect(screen.getByText('وكالة تحقيقات فدرالية.').getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('link', { name: /من ويكيبيديا/ }).getAttribute('href')).toBe(url);
  });

  it('renders a hostile summary as text, never as HTML', () => {
    const url = 'https://en.wikipedia.org/wiki/x';
    const { container } = createComponent({
      card: makeCard({ summary: { text: HOSTILE, lang: 'en', url } }),
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(HOSTILE).tagName).toBe('P');
  });

  it('has no Wikipedia section without a summary', () => {
    createComponent();
    expect(screen.queryByText('From Wikipedia')).toBeNull();
  });

  it('isolates a Latin pack name in the Arabic source line, so its full stop stays at its end', () => {
    createComponent({ t: ar, packName: 'Open Data Pack v2.' });
    expect(screen.getByText(/^المصدر:/).textContent).toBe('المصدر: \u2068Open Data Pack v2.\u2069');
  });

  it('names the source pack and the as-of date', () => {
    createComponent({ packName: 'Siyaq default pack' });
    expect(screen.getByText('Source: \u2068Siyaq default pack\u2069')).toBeTruthy();
    expect(screen.getByText('As of 2025')).toBeTruthy();
  });
});
