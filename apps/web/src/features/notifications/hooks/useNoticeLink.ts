import { useCallback } from 'react';

/**
 * The app path a notice links to. Links are stored with the notice by the server; a few use query
 * forms of pages that have their own paths here (`/orgs?id=…`), so they are mapped. Only same-site
 * paths are followed.
 */
export function noticePath(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  const url = new URL(link, 'http://x');
  const id = url.searchParams.get('id');
  if (url.pathname === '/orgs' && id) return `/orgs/${id}`;
  const orgId = url.searchParams.get('orgId');
  if (url.pathname === '/orglife/compliance' && orgId) return `/orglife/compliance/${orgId}`;
  return `${url.pathname}${url.search}`;
}

export function useNoticeLink() {
  return useCallback(noticePath, []);
}
