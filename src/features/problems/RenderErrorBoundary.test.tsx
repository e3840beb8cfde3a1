// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenderErrorBoundary } from './RenderErrorBoundary.tsx';

let broken = true;
function View() {
  if (broken) throw new Error('Cannot read the margin of riding 24073');
  return <p>drawn</p>;
}

const draw = (keys: unknown[]) => (
  <RenderErrorBoundary resetKeys={keys}>
    <View />
  </RenderErrorBoundary>
);

describe('<RenderErrorBoundary>', () => {
  beforeEach(() => {
    broken = true;
    // React reports the caught error on the console; the test is about what the reader sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  // The panel comes in a chunk of its own (LazyErrorPanel): found once it is here.
  it('shows the error panel, with what went wrong, instead of a blank page', async () => {
    render(draw(['data', 'page']));
    expect((await screen.findByRole('alert')).textContent).toContain('Cannot read the margin of riding 24073');
  });

  it('draws the view again on retry once the fault is gone', async () => {
    render(draw(['data', 'page']));
    fireEvent.click(await screen.findByRole('button'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    broken = false;
    fireEvent.click(await screen.findByRole('button'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('drawn')).toBeTruthy();
  });

  it('draws the view again for new data or another page, not for the same ones', async () => {
    const { rerender } = render(draw(['data', 'page']));
    broken = false;
    rerender(draw(['data', 'page']));
    expect(await screen.findByRole('alert')).toBeTruthy();
    rerender(draw(['data', 'another page']));
    expect(screen.getByText('drawn')).toBeTruthy();
    broken = true;
    rerender(draw(['data', 'another page 2']));
    expect(await screen.findByRole('alert')).toBeTruthy();
    broken = false;
    rerender(draw(['new data', 'another page 2']));
    expect(screen.getByText('drawn')).toBeTruthy();
  });
});
