// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenderErrorBoundary } from './RenderErrorBoundary.tsx';

let broken = true;
function View() {
  if (broken) throw new Error('Cannot read the margin of riding 24073');
  return <p>drawn</p>;
}

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

  it('shows the error panel, with what went wrong, instead of a blank page', () => {
    render(
      <RenderErrorBoundary resetKey={1}>
        <View />
      </RenderErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Cannot read the margin of riding 24073');
  });

  it('draws the view again on retry and on new data', () => {
    const { rerender } = render(
      <RenderErrorBoundary resetKey={1}>
        <View />
      </RenderErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    rerender(
      <RenderErrorBoundary resetKey={2}>
        <View />
      </RenderErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('drawn')).toBeTruthy();
  });
});
