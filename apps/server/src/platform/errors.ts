import { ERRORS, formatMessage, localize, type ErrorCode } from '@zhibu/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { langOf } from './i18n';

/** A domain error with a stable code. The message shown to users comes from @zhibu/shared ERRORS. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly params: Record<string, unknown> = {},
    public readonly details?: unknown,
  ) {
    super(code);
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

type FieldIssue = { path: string; message: string };

export function errorHandler(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) {
  const lang = langOf(req);
  if (err instanceof AppError) {
    return reply.status(err.status).send({
      code: err.code,
      message: formatMessage(err.code, lang, err.params),
      ...(err.details === undefined ? {} : { details: localize(err.details, lang) }),
    });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues: FieldIssue[] = err.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      message: v.message ?? 'invalid',
    }));
    return reply.status(400).send({
      code: 'VALIDATION_FAILED',
      message: formatMessage('VALIDATION_FAILED', lang),
      details: { in: err.validationContext, issues },
    });
  }
  const fe = err as FastifyError;
  if (fe.statusCode === 429) {
    return reply.status(429).send({ code: 'RATE_LIMITED', message: formatMessage('RATE_LIMITED', lang) });
  }
  if (fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.statusCode === 413) {
    return reply.status(413).send({
      code: 'IMPORT_TOO_LARGE',
      message: formatMessage('IMPORT_TOO_LARGE', lang, { limit: '50 MB' }),
    });
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.status(fe.statusCode).send({ code: 'BAD_REQUEST', message: formatMessage('BAD_REQUEST', lang) });
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send({ code: 'INTERNAL', message: formatMessage('INTERNAL', lang) });
}
