import { lazy } from 'react';

/**
 * The 403/404/error screens, loaded on demand: they are referenced from the router and the route
 * guards, which are part of the login page's bundle, but are rarely shown. Render inside Suspense.
 */
export const LazyResultPage = lazy(async () => ({ default: (await import('./ResultPage')).ResultPage }));
