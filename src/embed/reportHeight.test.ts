// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heightMessages, reportHeight } from './reportHeight.ts';

describe('heightMessages', () => {
  it('has our message and the AMP form, with the same integer height', () => {
    expect(heightMessages(412)).toEqual([
      { type: 'hemicycle:height', height: 412 },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
    ]);
  });
});

describe('reportHeight', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the rounded-up height to the parent at once, and again only when it changes', () => {
    let onResize = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          onResize = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const posted: unknown[] = [];
    const parent = { postMessage: (message: unknown) => posted.push(message) } as unknown as Window;
    let height = 300.2;
    const root = { getBoundingClientRect: () => ({ height }) } as HTMLElement;
    const stop = reportHeight(parent, root);
    expect(posted).toEqual(heightMessages(301));
    onResize();
    expect(posted).toHaveLength(2);
    height = 500;
    onResize();
    expect(posted.slice(2)).toEqual(heightMessages(500));
    stop();
  });
});
