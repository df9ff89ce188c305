import { DEMO_PASSWORD } from './server';

/**
 * A signed-in API client for setting up data the flow under test does not cover (the session cookie
 * and CSRF header of a real login). Assertions stay in the browser.
 */
export type ApiSession = {
  personId: string | null;
  displayName: string;
  call: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
};

export async function apiSession(baseUrl: string, username: string): Promise<ApiSession> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const me = (await res.json()) as {
    csrfHeader: string;
    csrfToken: string;
    user: { personId: string | null; displayName: string };
  };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        [me.csrfHeader]: me.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.status === 204 ? undefined : r.json();
  };
  return { personId: me.user.personId, displayName: me.user.displayName, call };
}

/** The organisation of the user's first role (a secretary's branch). */
export async function roleOrgId(s: ApiSession): Promise<string> {
  const me = await s.call<{ roles: { orgNodeId: string }[] }>('GET', '/auth/me');
  return me.roles[0]!.orgNodeId;
}

/** Plans a meeting and, with `heldOn`, holds it: the starting point of the recording flows. */
export async function createMeeting(
  s: ApiSession,
  input: { orgNodeId: string; title: string; types: string[]; heldOn?: string },
): Promise<string> {
  const { id } = await s.call<{ id: string }>('POST', '/meetings', {
    orgNodeId: input.orgNodeId,
    title: input.title,
    types: input.types,
  });
  if (input.heldOn) {
    await s.call('POST', `/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn: input.heldOn });
  }
  return id;
}

/** Records a held meeting the quick way: everyone on the roster present, short minutes, submitted. */
export async function recordMeeting(s: ApiSession, id: string): Promise<void> {
  type Detail = { version: number; attendance: { personId: string }[] };
  let m = await s.call<Detail>('GET', `/meetings/${id}`);
  await s.call('PUT', `/meetings/${id}/attendance`, {
    version: m.version,
    entries: m.attendance.map((a) => ({ personId: a.personId, status: 'present' })),
  });
  m = await s.call<Detail>('GET', `/meetings/${id}`);
  await s.call('PATCH', `/meetings/${id}`, { version: m.version, minutes: '按议程进行。' });
  m = await s.call<Detail>('GET', `/meetings/${id}`);
  await s.call('POST', `/meetings/${id}/transition`, { action: 'record', version: m.version });
}
