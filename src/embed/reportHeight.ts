/**
 * Tells the host page how tall the embed is, on load and whenever it changes,
 * so the host script can size the iframe with no inner scrollbar. Sends our
 * own message and the AMP `embed-size` form that AMP pages understand.
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

export function reportHeight(target: Window = window.parent, root: HTMLElement = document.documentElement): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
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
  window.addEventListener('message', onRequest);
  send();
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onRequest);
  };
}
