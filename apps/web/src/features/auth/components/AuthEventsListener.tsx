import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { authEvents } from '../../../lib/auth-events';
import { setCsrf } from '../../../lib/http';
import { authKeys } from '../api/keys';

/** Reacts to session loss and forced password changes reported by any request. */
export function AuthEventsListener() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  // Subscribing to an external event source is what effects are for.
  useEffect(
    () =>
      authEvents.subscribe((e) => {
        if (e.kind === 'signed-out') {
          if (qc.getQueryData(authKeys.me) === null) return;
          setCsrf('', null);
          authEvents.setSignOutNotice(e.message);
          qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
          // RequireAuth sees no session and sends the user to the login page.
          qc.setQueryData(authKeys.me, null);
        } else {
          void qc.invalidateQueries({ queryKey: authKeys.me });
          void navigate('/change-password');
        }
      }),
    [qc, navigate],
  );
  return null;
}
