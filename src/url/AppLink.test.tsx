// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppLink } from './AppLink.tsx';

describe('<AppLink>', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('is a real link, and a plain click changes the URL in place', () => {
    render(<AppLink href="/party/bq?lang=fr">Bloc</AppLink>);
    const link = screen.getByRole('link', { name: 'Bloc' });
    expect(link.getAttribute('href')).toBe('/party/bq?lang=fr');
    const followed = fireEvent.click(link, { button: 0 });
    expect(followed).toBe(false); // default prevented: no page load
    expect(window.location.pathname + window.location.search).toBe('/party/bq?lang=fr');
  });

  it('leaves a modified click to the browser (new tab, new window)', () => {
    render(<AppLink href="/party/ndp">NDP</AppLink>);
    const followed = fireEvent.click(screen.getByRole('link', { name: 'NDP' }), { button: 0, ctrlKey: true });
    expect(followed).toBe(true);
    expect(window.location.pathname).toBe('/');
  });
});
