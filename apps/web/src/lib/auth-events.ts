// Requests fail with "session expired" or "change your password first" anywhere in the app. The query
// cache reports them here; one listener inside the router reacts (clears the session, redirects).

export type AuthEvent = { kind: 'signed-out'; message: string } | { kind: 'password-change-required' };
type Listener = (e: AuthEvent) => void;

const listeners = new Set<Listener>();
let signOutNotice: string | null = null;

export const authEvents = {
  emit(e: AuthEvent): void {
    for (const l of listeners) l(e);
  },
  subscribe(l: Listener): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  /** The reason the session ended, shown once on the login page ("登录已超时"). */
  setSignOutNotice(message: string): void {
    signOutNotice = message;
  },
  takeSignOutNotice(): string | null {
    const m = signOutNotice;
    signOutNotice = null;
    return m;
  },
};
