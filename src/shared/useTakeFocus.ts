/**
 * A heading that takes the focus when its subject changes, but only when the
 * reader got there from the page (a click, a key, the search): a page opened
 * cold keeps the browser's own focus. `scroll: false` keeps the view where it
 * is (a party chosen beside the chart), otherwise the heading comes into view.
 */
import { useEffect, useRef } from 'react';

export function useTakeFocus<T extends HTMLElement>(subject: string, take: boolean, { scroll = true } = {}) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (take) ref.current?.focus({ preventScroll: !scroll });
  }, [subject, take, scroll]);
  return ref;
}
