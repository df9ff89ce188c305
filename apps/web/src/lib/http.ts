// The one place that talks HTTP to the Zhibu API. It sends the session cookie (same origin), adds
// the CSRF header to every write, and turns error bodies `{ code, message, details }` into ApiError
// so screens can branch on the stable code and show the already-localised message.

export type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// The token comes from /auth/me or the login response; the session cookie itself is httpOnly.
let csrf: { header: string; token: string } | null = null;

export function setCsrf(header: string, token: string | null): void {
  csrf = token ? { header, token } : null;
}

/** `?a=1&b=x,y`, leaving out empty values; arrays become the comma lists the API expects. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

type RequestOptions = { query?: Query; body?: unknown; form?: FormData; signal?: AbortSignal };

async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.form) {
    body = opts.form;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrf) headers[csrf.header] = csrf.token;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}${toQueryString(opts.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', '');
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const b = (await res.json()) as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof b.code === 'string') {
      return new ApiError(res.status, b.code, typeof b.message === 'string' ? b.message : b.code, b.details);
    }
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic error.
  }
  return new ApiError(res.status, res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', '');
}

async function json<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const http = {
  get: async <T>(path: string, query?: Query, signal?: AbortSignal) =>
    json<T>(await send('GET', path, { query, signal })),
  post: async <T>(path: string, body?: unknown) => json<T>(await send('POST', path, { body: body ?? {} })),
  put: async <T>(path: string, body?: unknown) => json<T>(await send('PUT', path, { body })),
  patch: async <T>(path: string, body?: unknown) => json<T>(await send('PATCH', path, { body })),
  delete: async <T>(path: string) => json<T>(await send('DELETE', path)),
  upload: async <T>(path: string, form: FormData) => json<T>(await send('POST', path, { form })),
  /** Fetches a file (xlsx exports, templates, reports) so that errors can be shown in the page. */
  download: async (path: string, query?: Query): Promise<{ blob: Blob; fileName: string | null }> => {
    const res = await send('GET', path, { query });
    return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('content-disposition')) };
  },
};

/** Reads `filename*=UTF-8''…` (RFC 5987, used for Chinese names) or a plain `filename="…"`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Malformed escape: try the plain parameter.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() ?? null;
}
