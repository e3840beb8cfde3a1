import { describe, expect, it } from 'vitest';
import { pathData, pathToRings } from './svgPaths.ts';

describe('pathData', () => {
  it('finds every path d attribute in document order, whatever the attribute order and quotes', () => {
    const svg = `<svg><path d="M0 0h1v1z"/><g><path fill="red" d='M5 5L6 6 5 6Z' /></g><path stroke="#000" d="m1 1h2v2h-2z"/></svg>`;
    expect(pathData(svg)).toEqual(['M0 0h1v1z', 'M5 5L6 6 5 6Z', 'm1 1h2v2h-2z']);
  });

  it('fails on a path without d', () => {
    expect(() => pathData('<svg><path d="M0 0"/><path fill="red"/></svg>')).toThrow('SVG <path> number 2 has no d attribute');
  });
});

describe('pathToRings', () => {
  it('turns relative lines, H and V into closed rings of absolute points', () => {
    expect(pathToRings('m10 20 5 0v5h-5Z')).toEqual([
      [
        [10, 20],
        [15, 20],
        [15, 25],
        [10, 25],
        [10, 20],
      ],
    ]);
  });

  it('starts a ring at each M, relative to where the last subpath began after Z', () => {
    expect(pathToRings('M0 0H4V4H0Zm1 1h2l-1 2zM10 10l1 0 0 1')).toEqual([
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
      [
        [1, 1],
        [3, 1],
        [2, 3],
        [1, 1],
      ],
      // An open subpath is closed.
      [
        [10, 10],
        [11, 10],
        [11, 11],
        [10, 10],
      ],
    ]);
  });

  it('drops a subpath too short to be a ring', () => {
    expect(pathToRings('M0 0L1 1ZM0 0h1v1z')).toHaveLength(1);
  });

  it('refuses curves', () => {
    expect(() => pathToRings('M0 0C1 1 2 2 3 3Z')).toThrow('SVG path command C is not a straight line');
  });
});
