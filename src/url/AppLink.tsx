/**
 * A link inside the app: a plain `<a>` whose click changes the URL without a
 * reload. Unlike wouter's Link it does not subscribe to the location: a page
 * holds dozens of links, and each one re-rendering on every navigation cost
 * a party switch several milliseconds. The views that read the URL pass the
 * hrefs down instead.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from 'wouter/use-browser-location';

interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // A modified or middle click keeps its browser meaning (new tab, new window, download).
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a {...rest} href={href} onClick={follow} />;
}
