// @vitest-environment jsdom
/** Re-render counts: hovering re-renders no seat; a change re-renders only the seats it touches. */
import { fireEvent, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hemicycleModel } from '../core/picture/hemicycleModel.ts';
import { majorityThreshold } from '../core/election/majority.ts';
import { buildSeatPlan, houseLayout, type PlanSeat } from '../core/picture/seatPlan.ts';
import { sampleElection } from '../test/sampleElection.ts';
import { Hemicycle } from './Hemicycle.tsx';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./SeatMark.tsx', async (importOriginal) => {
  const { memo } = await import('react');
  const original = await importOriginal<typeof import('./SeatMark.tsx')>();
  const inner = (original.SeatMark as unknown as { type: (props: never) => ReactNode }).type;
  return {
    SeatMark: memo((props: never) => {
      renders.count += 1;
      return inner(props);
    }),
  };
});

const election = sampleElection();
const seats = buildSeatPlan(election);
const colors = new Map(election.parties.map((p) => [p.id, p.color]));
const threshold = majorityThreshold(election.totalSeats);
const model = hemicycleModel({
  seats,
  colors,
  layout: houseLayout(election),
  figure: String(threshold),
  caption: 'for a majority',
  seatLabel: (s) => `seat ${s.riding}`,
  title: 'Seats',
  description: 'd',
});
const renderDetail = (s: PlanSeat) => <p>detail {s.riding}</p>;
const blue = (s: PlanSeat) => s.party === 'blue';

const chart = (highlight?: (s: PlanSeat) => boolean) => <Hemicycle model={model} highlight={highlight} renderDetail={renderDetail} />;

describe('<Hemicycle> re-renders', () => {
  beforeEach(() => {
    renders.count = 0;
  });

  it('draws each seat once, and hovering across seats re-renders none', () => {
    const { container } = render(chart());
    expect(renders.count).toBe(7);
    renders.count = 0;
    for (const i of [0, 1, 2, 3, 4, 5, 6]) fireEvent.pointerOver(container.querySelector(`[data-seat="${i}"]`)!, { pointerType: 'mouse' });
    expect(container.querySelector('.seat-card, p')?.textContent).toContain('detail');
    expect(renders.count).toBe(0);
  });

  it('moving the tab stop re-renders the two seats it leaves and enters', () => {
    const { container } = render(chart());
    renders.count = 0;
    fireEvent.focus(container.querySelector('[data-seat="3"]')!);
    expect(renders.count).toBe(2);
  });

  it('highlighting a party re-renders only the seats that dim', () => {
    const { rerender } = render(chart());
    renders.count = 0;
    rerender(chart(blue));
    expect(renders.count).toBe(seats.filter((s) => s.party !== 'blue').length);
  });
});
