// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hemicycleModel } from '../core/picture/hemicycleModel.ts';
import { majorityThreshold } from '../core/election/majority.ts';
import { buildSeatPlan, houseLayout, type PlanSeat } from '../core/picture/seatPlan.ts';
import { sampleElection } from '../test/sampleElection.ts';
import { Hemicycle } from './Hemicycle.tsx';

function draw(highlight?: string, flipMarks = false, onActivate?: (seat: PlanSeat) => void) {
  const election = sampleElection();
  const seats = buildSeatPlan(election);
  const threshold = majorityThreshold(election.totalSeats);
  return render(
    <Hemicycle
      model={hemicycleModel({
        seats,
        colors: new Map(election.parties.map((p) => [p.id, p.color])),
        layout: houseLayout(election),
        figure: String(threshold),
        caption: 'for a majority',
        wedgeLabel: (ids, n) => [{ text: `${ids.join(' · ')} ` }, { text: String(n), strong: true }],
        flipMarks,
        seatLabel: (s) => `seat ${s.riding}`,
        title: 'Seats',
        description: 'Red 4, Blue 3',
      })}
      highlight={highlight === undefined ? undefined : (seat) => seat.party === highlight}
      onActivate={onActivate}
      renderDetail={(s) => <p>detail {s.riding}</p>}
    />,
  );
}

/** The SVG with numbers rounded, so the snapshot is about structure, not float noise. */
function normalisedSvg(container: HTMLElement): string {
  return container
    .querySelector('svg')!
    .outerHTML.replace(/-?\d+(\.\d+)?e-\d+/g, '0')
    .replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(3))
    .replace(/_r_\w+_/g, 'id');
}

describe('<Hemicycle>', () => {
  it('draws one circle per seat with the contract attributes', () => {
    const { container } = draw();
    const seats = container.querySelectorAll('[data-seat]');
    expect(seats).toHaveLength(7);
    expect([...seats].map((s) => s.getAttribute('data-party'))).toEqual(['red', 'red', 'red', 'red', 'blue', 'blue', 'blue']);
    expect(container.querySelector('[data-riding="203"]')).not.toBeNull();
    expect(container.querySelector('[data-majority]')!.getAttribute('data-majority')).toBe('4');
    // The text comes once per class of width (CSS shows one), each at its own size in the chart's units.
    for (const name of ['narrow', 'medium', 'wide']) {
      const texts = (selector: string) => [...container.querySelectorAll(selector)].map((t) => t.textContent);
      expect(texts(`[data-majority] [data-width-class="${name}"] text`)).toEqual(['4', 'for a majority']);
      expect(texts(`[data-width-class="${name}"] [data-wedge-label]`)).toEqual(['red 4', 'blue 3']);
    }
    const figureSize = (name: string) =>
      Number(container.querySelector(`[data-width-class="${name}"] .majority-figure`)!.getAttribute('font-size'));
    // 20 px at 330, 480 and 672 px wide, in units of the seats' width per chart width.
    const across = houseLayout(sampleElection()).extent.width;
    expect(figureSize('narrow')).toBeCloseTo((20 * across) / 330, 12);
    expect(figureSize('medium')).toBeCloseTo((20 * across) / 480, 12);
    expect(figureSize('wide')).toBeCloseTo((20 * across) / 672, 12);
  });

  it('matches its golden SVG', () => {
    expect(normalisedSvg(draw().container)).toMatchSnapshot();
  });

  it('is one tab stop and shows the detail of a focused or hovered seat', () => {
    const { container } = draw();
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    fireEvent.focus(container.querySelector('[data-seat="0"]')!);
    expect(screen.getByText('detail 101')).toBeTruthy();
    fireEvent.keyDown(container.querySelector('[data-seat="0"]')!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-seat')).toBe('6');
    fireEvent.pointerOver(container.querySelector('[data-seat="2"]')!, { pointerType: 'mouse' });
    expect(screen.getByText(`detail ${container.querySelector('[data-seat="2"]')!.getAttribute('data-riding')}`)).toBeTruthy();
  });

  it('makes seats links that open their riding when they can be activated, and images otherwise', () => {
    expect(draw().container.querySelector('[data-seat]')!.getAttribute('role')).toBe('img');
    const opened: (string | undefined)[] = [];
    const { container } = draw(undefined, false, (seat) => opened.push(seat.riding));
    expect([...container.querySelectorAll('[data-seat]')].every((s) => s.getAttribute('role') === 'link')).toBe(true);
    fireEvent.click(container.querySelector('[data-seat="3"]')!);
    fireEvent.keyDown(container.querySelector('[data-seat="5"]')!, { key: 'Enter' });
    expect(opened).toEqual([
      container.querySelector('[data-seat="3"]')!.getAttribute('data-riding'),
      container.querySelector('[data-seat="5"]')!.getAttribute('data-riding'),
    ]);
  });

  it('dims the seats of other parties when one is highlighted', () => {
    const { container } = draw('blue');
    expect(container.querySelectorAll('.seat-dimmed')).toHaveLength(4);
    expect(container.querySelectorAll('.seat-dimmed[data-party="blue"]')).toHaveLength(0);
  });

  it('marks each seat that changed hands with one dot, in a layer that takes no pointer or reader', async () => {
    const { container } = draw('blue', true);
    // The dots' code comes with the changes view (a chunk of its own).
    await waitFor(() => expect(container.querySelector('.seat-flips')).not.toBeNull());
    const flipped = [...container.querySelectorAll('[data-seat][data-flipped]')];
    const dots = [...container.querySelectorAll('.seat-flips circle')];
    expect(flipped.length).toBeGreaterThan(0);
    expect(dots.map((d) => d.getAttribute('cx'))).toEqual(flipped.map((s) => s.getAttribute('cx')));
    expect(container.querySelector('.seat-flips')!.getAttribute('aria-hidden')).toBe('true');
    expect(dots.filter((d, i) => d.classList.contains('seat-dimmed') !== (flipped[i]!.getAttribute('data-party') !== 'blue'))).toEqual([]);
  });

  it('without change marks draws no dot and flags no seat', () => {
    const { container } = draw();
    expect(container.querySelectorAll('.seat-flips, [data-flipped]')).toHaveLength(0);
  });
});
