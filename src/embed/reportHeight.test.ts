// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heightMessages, holdsResult, reportHeight } from './reportHeight.ts';

describe('heightMessages', () => {
  it('has our message and the AMP form, with the same integer height', () => {
    expect(heightMessages(412)).toEqual([
      { type: 'hemicycle:height', height: 412 },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
    ]);
  });
});

/** A ResizeObserver the test fires by hand: call the returned function for a resize. */
function stubResizeObserver(): () => void {
  let callback = () => {};
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(fire: () => void) {
        callback = fire;
      }
      observe() {}
      disconnect() {}
    },
  );
  return () => callback();
}

describe('reportHeight', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the rounded-up height to the parent at once, and again only when it changes', () => {
    const onResize = stubResizeObserver();
    const posted: unknown[] = [];
    const parent = { postMessage: (message: unknown) => posted.push(message) } as unknown as Window;
    let height = 300.2;
    const root = { getBoundingClientRect: () => ({ height }) } as HTMLElement;
    const stop = reportHeight(parent, root, () => true);
    expect(posted).toEqual(heightMessages(301));
    onResize();
    expect(posted).toHaveLength(2);
    height = 500;
    onResize();
    expect(posted.slice(2)).toEqual(heightMessages(500));
    stop();
  });

  it('sends nothing while the page is loading, then the height of the drawn page', () => {
    const onResize = stubResizeObserver();
    const posted: unknown[] = [];
    const parent = { postMessage: (message: unknown) => posted.push(message) } as unknown as Window;
    let height = 40;
    let drawn = false;
    const stop = reportHeight(parent, { getBoundingClientRect: () => ({ height }) } as HTMLElement, () => drawn);
    onResize();
    expect(posted).toEqual([]);
    height = 420;
    drawn = true;
    onResize();
    expect(posted).toEqual(heightMessages(420));
    stop();
  });
});

describe('holdsResult', () => {
  it('is true for a prerendered page, a page the app has drawn, and a page that says why it cannot', () => {
    const page = (html: string, ready = false) => {
      const doc = document.implementation.createHTMLDocument('');
      doc.body.innerHTML = html;
      if (ready) doc.documentElement.setAttribute('data-ready', '');
      return doc;
    };
    expect(holdsResult(page('<div id="root"><p>Loading the results…</p></div>'))).toBe(false);
    expect(holdsResult(page('<div id="root" data-prerendered="0a1b2c3d"><svg></svg></div>'))).toBe(true);
    expect(holdsResult(page('<div id="root"><svg></svg></div>', true))).toBe(true);
    expect(holdsResult(page('<div id="root"><div role="alert">The data could not be loaded.</div></div>'))).toBe(true);
  });
});
