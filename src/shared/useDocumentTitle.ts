/** Keeps `document.title` in step with the view, so tabs, history and bookmarks name it. */
import { useEffect } from 'react';

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
