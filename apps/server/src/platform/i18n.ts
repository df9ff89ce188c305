import type { FastifyRequest } from 'fastify';

/** The user's language: the zhibu_lang cookie, then Accept-Language; Chinese by default. */
export function langOf(req: FastifyRequest): 'zh' | 'en' {
  const cookie = (req.cookies as Record<string, string | undefined> | undefined)?.zhibu_lang;
  if (cookie === 'en' || cookie === 'zh') return cookie;
  const header = req.headers['accept-language'];
  if (typeof header === 'string' && /^en\b/i.test(header.trim())) return 'en';
  return 'zh';
}
