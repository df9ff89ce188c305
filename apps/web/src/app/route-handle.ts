import type { TFunction } from 'i18next';

/** Attached to routes as `handle`: the breadcrumb text for that level. */
export type RouteHandle = { crumb: (t: TFunction) => string };

export function isRouteHandle(h: unknown): h is RouteHandle {
  return typeof h === 'object' && h !== null && typeof (h as RouteHandle).crumb === 'function';
}
