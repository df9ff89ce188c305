import { pino } from 'pino';
import type { Config } from './config';

// One-time rating links carry their token in the path (/rate/<token>, /api/v1/rate/<token>): the log
// keeps the route, never the token.
const TOKEN_IN_PATH = /(\/rate\/)[^/?#]+/g;

export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(TOKEN_IN_PATH, '$1[redacted]');
}

type LoggedRequest = { method?: string; url?: string; ip?: string; host?: string; socket?: { remotePort?: number } };

/** What a request log line shows: method, URL with tokens removed, host and remote address. */
export function serializeRequest(req: LoggedRequest) {
  return { method: req.method, url: redactUrl(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}

export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
    serializers: { req: serializeRequest },
  });
}
