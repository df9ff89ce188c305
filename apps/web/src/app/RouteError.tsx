import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ResultPage } from '../ui/ResultPage';

/**
 * Render errors and failed lazy chunks (typically after a new version was deployed while the page
 * was open) land here; reloading fetches the current build.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <ResultPage kind="404" />;
  return <ResultPage kind="error" onRetry={() => window.location.reload()} />;
}
