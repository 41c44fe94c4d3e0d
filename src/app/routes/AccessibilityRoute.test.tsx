import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { AccessibilityRoute } from './AccessibilityRoute';
import { WCAG21_REQUIREMENTS, WCAG22_ADDITIONS } from './accessibilityCriteria';

function renderStatement() {
  return renderWithProviders(
    <MemoryRouter>
      <AccessibilityRoute />
    </MemoryRouter>,
  );
}

describe('the accessibility statement', () => {
  afterEach(() => window.localStorage.clear());

  it('lists the 48 requirements once each, in WCAG order, with three names and a note', () => {
    const ids = WCAG21_REQUIREMENTS.map((c) => c.id);
    expect(ids).toHaveLength(48);
    expect(new Set(ids).size).toBe(48);
    const order = (id: string) =>
      id
        .split('.')
        .map((n) => n.padStart(2, '0'))
        .join('.');
    expect([...ids].sort((a, b) => order(a).localeCompare(order(b)))).toEqual(ids);
    // Not in the Norwegian list: 1.2.3 and 1.2.4; everything else of WCAG 2.1 A and AA is.
    expect(ids).not.toContain('1.2.3');
    expect(ids).not.toContain('1.2.4');
    for (const criterion of [...WCAG21_REQUIREMENTS, ...WCAG22_ADDITIONS]) {
      for (const text of [...Object.values(criterion.name), ...Object.values(criterion.note)]) {
        expect(text.trim(), criterion.id).not.toBe('');
      }
    }
    expect(WCAG22_ADDITIONS.map((c) => c.id)).toEqual([
      '2.4.11',
      '2.5.7',
      '2.5.8',
      '3.2.6',
      '3.3.7',
      '3.3.8',
    ]);
  });

  // Plain DOM queries: role queries over 54 list items take seconds in jsdom.
  it('shows one h1, both lists, a summary that adds up to 48, and follows the language', async () => {
    const { container } = renderStatement();
    const h1 = () => [...container.querySelectorAll('h1')].map((h) => h.textContent);
    expect(h1()).toEqual(['Tilgjengelighetserklæring for Innboks']);
    const items = (labelledBy: string) =>
      container.querySelectorAll(`ul[aria-labelledby="${labelledBy}"] > li`);
    expect(items('wcag21')).toHaveLength(48);
    expect(items('wcag22')).toHaveLength(6);
    expect(container.querySelector('#wcag21')).toHaveTextContent('Kravene i WCAG 2.1');
    expect(items('wcag21')[11]?.querySelector('h3')).toHaveTextContent('1.4.3 Kontrast (minimum) (nivå AA)');
    const summary = screen.getByText(/krav er oppfylt/).textContent ?? '';
    const counts = [...summary.matchAll(/(\d+) (?:krav|er|gjelder)/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(4);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(48);
    expect(container.querySelector('footer a[href="/accessibility"]')).toBeInTheDocument();
    expect(container.querySelectorAll('main')).toHaveLength(1);

    const language = container.querySelector('select')!;
    // nynorsk and English texts load on demand.
    await userEvent.selectOptions(language, 'nn');
    await waitFor(() => expect(h1()).toEqual(['Tilgjengelegheitserklæring for Innboks']));
    await userEvent.selectOptions(language, 'en');
    await waitFor(() => expect(h1()).toEqual(['Accessibility statement for Innboks']));
    expect(items('wcag21')[11]?.querySelector('h3')).toHaveTextContent('1.4.3 Contrast (Minimum) (level AA)');
    expect(document.title).toBe('Accessibility statement for Innboks – Innboks');
  }, 20_000);
});
