/**
 * Tells the host page how tall the embed is, once it holds what it shows and
 * whenever that changes, so the host script can size the iframe with no inner
 * scrollbar. Sends our own message and the AMP `embed-size` form that AMP
 * pages understand. Nothing is sent while the page is still loading (a
 * prerendered page holds its chart from the start): a loading height would
 * make the host shrink the frame and then grow it again.
 */

export interface HeightMessage {
  type: 'hemicycle:height';
  height: number;
}

export function heightMessages(height: number): [HeightMessage, { sentinel: 'amp'; type: 'embed-size'; height: number }] {
  return [
    { type: 'hemicycle:height', height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

/** Whether the page holds its result (served drawn, or drawn by the app) or says why it cannot. */
export function holdsResult(doc: Document = document): boolean {
  return (
    doc.documentElement.hasAttribute('data-ready') ||
    doc.querySelector('#root[data-prerendered]') !== null ||
    doc.querySelector('[role="alert"]') !== null
  );
}

export function reportHeight(
  target: Window = window.parent,
  root: HTMLElement = document.documentElement,
  ready: () => boolean = () => holdsResult(),
): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
    if (!ready()) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret and hosts are unknown in advance, hence "*".
    for (const message of heightMessages(height)) target.postMessage(message, '*');
  };
  const onRequest = (event: MessageEvent) => {
    if (event.source !== target || (event.data as { type?: unknown } | null)?.type !== 'hemicycle:request-height') return;
    last = -1;
    send();
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  // The app marks the document when it has drawn the result (data-ready): the first height to send.
  const marked = new MutationObserver(send);
  marked.observe(document.documentElement, { attributes: true, attributeFilter: ['data-ready'] });
  window.addEventListener('message', onRequest);
  send();
  return () => {
    observer.disconnect();
    marked.disconnect();
    window.removeEventListener('message', onRequest);
  };
}
