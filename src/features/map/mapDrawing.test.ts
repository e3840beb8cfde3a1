import { describe, expect, it } from 'vitest';
import { partyShade } from '../../core/picture/partyShade.ts';
import { PALETTES } from '../../core/picture/theme.ts';
import { mapDrawing } from './mapDrawing.ts';
import type { RidingLook } from './ridingLooks.ts';

const light = PALETTES.light;
/** Two ridings: one bright and (a night in progress) led, the other flipped and dimmed. */
const looks: Record<string, RidingLook> = {
  '101': { party: 'red', color: '#cc0000', dimmed: false, flipped: false, label: 'Riding 101', status: 'leading' },
  '102': { party: 'blue', color: '#0033aa', dimmed: true, flipped: true, label: 'Riding 102', status: 'elected' },
};
const shapes = (kind: 'geo' | 'hex') => ({
  width: 100,
  height: 50,
  shapes: [
    { id: '101', province: '10', d: 'M0,0L40,0L40,40Z', x: 20, y: 20 },
    { id: '102', province: '10', d: 'M50,0L90,0L90,40Z', x: 70, y: 20 },
  ],
  ...(kind === 'hex' ? { provinces: [{ province: '10', x: 45, y: 25, anchor: 'middle' as const }], labelSize: 14 } : {}),
});
const draw = (kind: 'geo' | 'hex') =>
  mapDrawing(
    shapes(kind),
    kind,
    (id) => looks[id]!,
    light,
    () => 'N.L.',
  );

describe('mapDrawing', () => {
  it('paints each riding as the stylesheet does: its shade, parted by the background, pale when led, faint when dimmed', () => {
    const { background, dim, leadFill } = light;
    const paths = [
      ...draw('geo')
        .draw(600, 1)
        .matchAll(/<path [^>]*data-riding[^>]*>/g),
    ].map((m) => m[0]);
    expect(paths).toEqual([
      `<path d="M0,0L40,0L40,40Z" data-riding="101" data-party="red" data-status="leading" fill="${partyShade('#cc0000', light)}" stroke="${background}" fill-opacity="${leadFill}" stroke-width="0.6" stroke-linejoin="round">`,
      `<path d="M50,0L90,0L90,40Z" data-riding="102" data-party="blue" data-status="elected" fill="${partyShade('#0033aa', light)}" stroke="${background}" fill-opacity="${dim}" stroke-opacity="${dim}" stroke-width="0.6" stroke-linejoin="round">`,
    ]);
  });

  it('outlines a riding that changed hands over the others, and keeps the map’s frame', () => {
    const drawing = draw('geo');
    expect(drawing.draw(600, 1)).toContain(
      `<path d="M50,0L90,0L90,40Z" fill="none" stroke="${light.background}" stroke-width="4.5" stroke-linejoin="round"></path><path d="M50,0L90,0L90,40Z" fill="none" stroke="${light.text}" stroke-width="2" stroke-linejoin="round"></path>`,
    );
    expect(drawing.viewBox).toBe('0 0 100 50');
    // The geographic map names no province.
    expect(drawing.draw(600, 1)).not.toContain('N.L.');
  });

  it('draws the cartogram’s hexagons without a parting line, and its province names on a halo of the background', () => {
    const hex = draw('hex').draw(600, 1);
    expect(hex).toMatch(/data-riding="101"[^>]* stroke-width="0"/);
    expect(hex).toContain(
      `<text x="45" y="25" font-size="14" text-anchor="middle" font-weight="700" dominant-baseline="middle" fill="${light.text}" stroke="${light.background}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">N.L.</text>`,
    );
  });
});
