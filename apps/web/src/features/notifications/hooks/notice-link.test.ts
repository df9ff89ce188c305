import { describe, expect, it } from 'vitest';
import { noticePath } from './useNoticeLink';

describe('notice links', () => {
  it('maps the server’s query links onto the app’s paths', () => {
    expect(noticePath('/orgs?id=abc')).toBe('/orgs/abc');
    expect(noticePath('/orglife/compliance?orgId=o1')).toBe('/orglife/compliance/o1');
    expect(noticePath('/orglife/meetings/m1')).toBe('/orglife/meetings/m1');
  });
  it('never leaves the site', () => {
    expect(noticePath('https://evil.example/x')).toBeNull();
    expect(noticePath('//evil.example/x')).toBeNull();
    expect(noticePath(null)).toBeNull();
  });
});
