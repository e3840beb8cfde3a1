import { describe, expect, it } from 'vitest';
import { ridingInDirection } from './mapNavigation.ts';

describe('ridingInDirection', () => {
  // A plus sign around the centre (0), and a far riding off to the upper right (5).
  const centres = [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: -1, y: 0 },
    { x: 0, y: -1 },
    { x: 0, y: 1 },
    { x: 3, y: -3.2 },
  ];

  it('steps to the neighbour each arrow points at', () => {
    expect(ridingInDirection('ArrowRight', 0, centres)).toBe(1);
    expect(ridingInDirection('ArrowLeft', 0, centres)).toBe(2);
    expect(ridingInDirection('ArrowUp', 0, centres)).toBe(3);
    expect(ridingInDirection('ArrowDown', 0, centres)).toBe(4);
  });

  it('prefers a riding straight ahead to a nearer one off to the side', () => {
    const row = [
      { x: 0, y: 0 },
      { x: 1, y: 0.9 },
      { x: 1.6, y: 0 },
    ];
    expect(ridingInDirection('ArrowRight', 0, row)).toBe(2);
  });

  it('stays put at the edge, and ignores other keys', () => {
    expect(ridingInDirection('ArrowLeft', 2, centres)).toBe(2);
    expect(ridingInDirection('Enter', 0, centres)).toBeNull();
    // Up from the right-hand riding: the top one, 45° off the arrow and near, beats the far one up and right.
    expect(ridingInDirection('ArrowUp', 1, centres)).toBe(3);
    // Nothing lies within 60° of "down" from the bottom one.
    expect(ridingInDirection('ArrowDown', 4, centres)).toBe(4);
  });
});
