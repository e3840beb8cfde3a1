import { describe, expect, it } from 'vitest';
import { arc, assignSeats } from 'hemicycle-layout';
import { centredViewBox, hemicycleDrawing } from './hemicycleDrawing.ts';
import { hemicycleModel } from './hemicycleModel.ts';
import { partyShade } from './partyShade.ts';
import type { PlanSeat } from './seatPlan.ts';
import { PALETTES } from './theme.ts';

const light = PALETTES.light;
const RED = '#cc0000';
const BLUE = '#0033aa';

/** 3 seats on one row (a 2, b 1): a's second seat only led, b's flipped. */
function model(flipMarks = false) {
  const layout = arc(3, { threshold: 2 });
  const seats: PlanSeat[] = assignSeats(layout.seats, [
    { id: 'a', seats: 2 },
    { id: 'b', seats: 1 },
  ]).map((s) => ({ ...s, riding: `r${s.index}`, flipped: s.party === 'b', status: s.index === 1 ? 'leading' : 'elected' }));
  return hemicycleModel({
    seats,
    colors: new Map([
      ['a', RED],
      ['b', BLUE],
    ]),
    layout,
    figure: '2',
    caption: 'for a majority',
    wedgeLabel: (ids, n) => [{ text: `${ids.join('+')} ` }, { text: String(n), strong: true }],
    seatLabel: (s) => `${s.party}${s.index}`,
    flipMarks,
    title: 'T',
    description: 'D',
  });
}

const circles = (markup: string) => [...markup.matchAll(/<circle [^>]*>/g)].map((m) => m[0]);

describe('hemicycleDrawing', () => {
  it('paints each seat by the rules the stylesheet is written from: its shade, pale and ringed when led, faint when dimmed', () => {
    const m = model();
    const drawing = hemicycleDrawing(m, { highlight: (s) => s.party === 'b' }, light);
    const [a0, a1, b2] = circles(drawing.draw(480, 1));
    const [red, blue] = [partyShade(RED, light), partyShade(BLUE, light)];
    const { x, y, r } = m.seats[0]!;
    expect(a0).toBe(
      `<circle cx="${x}" cy="${y}" r="${r}" data-seat="0" data-party="a" data-riding="r0" data-status="elected" fill="${red}" fill-opacity="${light.dim}" stroke-opacity="${light.dim}">`,
    );
    expect(a1).toContain(`fill="${red}" fill-opacity="${light.leadFill * light.dim}" stroke-opacity="${light.dim}" stroke="${red}"`);
    expect(b2).toContain(`data-status="elected" fill="${blue}">`);
    // The ring of a lead is in proportion to the seats, as on the page.
    expect(drawing.draw(480, 1)).toContain(`<g stroke-width="${r * 0.3}">`);
  });

  it('draws the flip marks only when the view shows changes, and rings the seat a view is about', () => {
    expect(circles(hemicycleDrawing(model(), {}, light).draw(480, 1))).toHaveLength(3);
    const flips = circles(hemicycleDrawing(model(true), { marked: 0 }, light).draw(480, 1));
    const { x, y, r } = model().seats[2]!;
    // The blue seat's dot, in the ink that reads on blue; then the ring of seat 0, in the text's colour.
    expect(flips[3]).toBe(`<circle cx="${x}" cy="${y}" r="${r * 0.42}" fill="#ffffff">`);
    expect(flips[4]).toMatch(/r="[\d.]+" stroke-width="[\d.]+" fill="none" stroke="#[0-9a-f]{6}">/);
    expect(flips[4]).toContain(`stroke="${light.text}"`);
  });

  it('keeps the text laid out for the width it is drawn at, and the majority line 2 px wide at any width', () => {
    const m = model();
    const drawing = hemicycleDrawing(m, {}, light);
    const width = m.frame.width;
    for (const [px, name] of [
      [330, 'narrow'],
      [480, 'medium'],
      [800, 'wide'],
    ] as const) {
      const markup = drawing.draw(px, 1);
      const shown = m.classes.find((c) => c.name === name)!;
      expect(markup).toContain(`<g font-size="${shown.fontSize}" fill="${light.text}">`);
      expect(markup.match(/>for a majority</g)).toHaveLength(1);
      expect(markup).toContain(`stroke="${light.majority}" stroke-width="${(2 * width) / px}"`);
    }
    // A social picture's type scale picks the class for its width in type pixels: 1200 px at 1.4 is 857.
    expect(drawing.draw(1200, 1.4)).toContain(`font-size="${m.classes[2]!.fontSize}"`);
    expect(drawing.draw(1200, 1.4)).toContain('<tspan>a </tspan><tspan font-weight="700">2</tspan>');
  });

  it('centres the arc in its frame; benches keep theirs', () => {
    const m = model();
    expect(hemicycleDrawing(m, {}, light).viewBox).toBe(centredViewBox(m.frame.viewBox));
    expect(hemicycleDrawing({ ...m, benches: true }, {}, light).viewBox).toBe(m.frame.viewBox);
  });
});

describe('centredViewBox', () => {
  it('widens the frame on its narrower side so x = 0 is in the middle', () => {
    const numbers = (viewBox: string) => viewBox.split(' ').map((n) => Math.round(Number(n) * 1000) / 1000);
    expect(numbers(centredViewBox('-1 -1.2 2.2 1.4'))).toEqual([-1.2, -1.2, 2.4, 1.4]);
    expect(numbers(centredViewBox('-1.5 0 2.5 1'))).toEqual([-1.5, 0, 3, 1]);
  });
});
