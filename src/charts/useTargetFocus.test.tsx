// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTargetFocus, type FocusTarget } from './useTargetFocus.ts';

interface Mark extends FocusTarget {
  id: string;
}

const row = (ids: string[]): Mark[] => ids.map((id, i) => ({ id, x: i * 10, y: 0 }));

/** Marks in a row, one step per arrow, with the detail of the active one. */
function Marks({ marks, onActivate }: { marks: Mark[]; onActivate?: (m: Mark) => void }) {
  const { active, pinned, unpin, tabStop, groupRef, svgRef, handlers, svgHandlers } = useTargetFocus(marks, {
    attribute: 'data-index',
    step: (key, current) =>
      key === 'ArrowRight' ? Math.min(current + 1, marks.length - 1) : key === 'ArrowLeft' ? Math.max(current - 1, 0) : null,
    onActivate,
  });
  return (
    <div>
      <svg ref={svgRef} {...svgHandlers}>
        <g ref={groupRef} {...handlers}>
          {marks.map((m, i) => (
            <circle key={m.id} data-index={i} aria-label={m.id} role="link" tabIndex={i === tabStop ? 0 : -1} cx={m.x} cy={m.y} r={4} />
          ))}
        </g>
      </svg>
      {active !== null && <p data-testid="detail">{`${marks[active]?.id} ${pinned ? 'pinned' : 'shown'}`}</p>}
      {pinned && <button onClick={unpin}>close</button>}
    </div>
  );
}

const detail = () => screen.queryByTestId('detail')?.textContent ?? null;
const tabbable = () =>
  screen
    .getAllByRole('link')
    .filter((el) => el.getAttribute('tabindex') === '0')
    .map((el) => el.getAttribute('aria-label'));

afterEach(cleanup);

describe('useTargetFocus', () => {
  it('keeps one tab stop, moves it with the keys, shows the focused mark and opens it with Enter', () => {
    const opened = vi.fn();
    render(<Marks marks={row(['a', 'b', 'c'])} onActivate={opened} />);
    expect(tabbable()).toEqual(['a']);
    act(() => screen.getByLabelText('a').focus());
    expect(detail()).toBe('a shown');
    fireEvent.keyDown(screen.getByLabelText('a'), { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('b');
    expect(tabbable()).toEqual(['b']);
    expect(detail()).toBe('b shown');
    fireEvent.keyDown(screen.getByLabelText('b'), { key: 'Enter' });
    expect(opened).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' }));
    fireEvent.keyDown(screen.getByLabelText('b'), { key: 'Escape' });
    expect(detail()).toBeNull();
  });

  it('opens a mark on a mouse click, and only pins its detail on a tap', () => {
    const opened = vi.fn();
    render(<Marks marks={row(['a', 'b'])} onActivate={opened} />);
    fireEvent.pointerDown(screen.getByLabelText('b'), { pointerType: 'touch' });
    fireEvent.click(screen.getByLabelText('b'));
    expect(opened).not.toHaveBeenCalled();
    expect(detail()).toBe('b pinned');
    fireEvent.click(screen.getByText('close'));
    expect(detail()).toBeNull();
    fireEvent.pointerDown(screen.getByLabelText('a'), { pointerType: 'mouse' });
    fireEvent.click(screen.getByLabelText('a'));
    expect(opened).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
  });

  it('drops the detail and keeps the tab stop on a mark that exists when the marks change', () => {
    const { rerender } = render(<Marks marks={row(['a', 'b', 'c'])} />);
    act(() => screen.getByLabelText('a').focus());
    fireEvent.keyDown(screen.getByLabelText('a'), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByLabelText('b'), { key: 'ArrowRight' });
    expect(tabbable()).toEqual(['c']);
    fireEvent.pointerDown(screen.getByLabelText('c'), { pointerType: 'touch' });
    fireEvent.click(screen.getByLabelText('c'));
    expect(detail()).toBe('c pinned');
    // Another province: fewer marks, none at the old tab stop.
    rerender(<Marks marks={row(['x', 'y'])} />);
    expect(detail()).toBeNull();
    expect(tabbable()).toEqual(['x']);
    // The same number of marks again, new ones: the tab stop stays where it was, the detail goes.
    act(() => screen.getByLabelText('x').focus());
    fireEvent.keyDown(screen.getByLabelText('x'), { key: 'ArrowRight' });
    rerender(<Marks marks={row(['p', 'q'])} />);
    expect(detail()).toBeNull();
    expect(tabbable()).toEqual(['q']);
  });
});
