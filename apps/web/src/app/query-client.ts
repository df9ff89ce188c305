import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { authEvents } from '../lib/auth-events';
import { ApiError } from '../lib/http';

// A 401 on any request means the session ended (expired, signed out elsewhere, account disabled);
// a 403 PASSWORD_CHANGE_REQUIRED means the user must change the initial password before anything else.
function onAnyError(err: unknown) {
  if (!(err instanceof ApiError)) return;
  if (err.code === 'UNAUTHENTICATED' || err.code === 'SESSION_EXPIRED') {
    authEvents.emit({ kind: 'signed-out', message: err.message });
  } else if (err.code === 'PASSWORD_CHANGE_REQUIRED') {
    authEvents.emit({ kind: 'password-change-required' });
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onAnyError }),
    mutationCache: new MutationCache({ onError: onAnyError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (403, 404, 422 …) will not heal by retrying; network hiccups might.
        retry: (count, err) =>
          count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
      },
    },
  });
}
