import { describe, expect, it } from 'vitest';
import { redactUrl, serializeRequest } from './logger';

describe('request log', () => {
  it.each([
    ['/api/v1/rate/AbC-123_xyz', '/api/v1/rate/[redacted]'],
    ['/rate/AbC-123_xyz?x=1', '/rate/[redacted]?x=1'],
    ['/api/v1/people?q=rate', '/api/v1/people?q=rate'],
    ['/api/v1/evaluation/rounds/1/open', '/api/v1/evaluation/rounds/1/open'],
  ])('keeps %s as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('never writes a rating token', () => {
    expect(JSON.stringify(serializeRequest({ method: 'POST', url: '/api/v1/rate/secret-token-value', ip: '10.0.0.1' }))).not.toContain('secret-token-value');
  });
});
