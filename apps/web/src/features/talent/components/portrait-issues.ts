import { ApiError } from '../../../lib/http';

// A portrait the API refused (VALIDATION_FAILED from zJobPortrait): the issues arrive as
// { path: 'definition.certificates.1.minLevel', message: 'level_not_for_kind' }, the message being a
// rule code or, for plain format errors, the schema library's English text. The editor shows each in
// the user's language, next to the field when there is one.

/** The rules of zJobPortrait with a message of their own; anything else is a format error. */
export const PORTRAIT_RULES = [
  'weights_sum',
  'political_first',
  'duplicate_code',
  'duplicate_name',
  'level_not_for_kind',
] as const;
export type PortraitRule = (typeof PORTRAIT_RULES)[number];

/** The parts of the portrait form an issue can concern. */
export const PORTRAIT_SECTIONS = [
  'title',
  'summary',
  'skills',
  'qualities',
  'certificates',
  'indicators',
] as const;
export type PortraitSection = (typeof PORTRAIT_SECTIONS)[number];

export type PortraitIssue = {
  /** The form path of the field (under the definition), e.g. ['certificates', 1, 'minLevel']. */
  name: (string | number)[];
  section: PortraitSection | null;
  /** 1-based row of a certificate or indicator, when the issue concerns one. */
  row: number | null;
  /** The rule broken, or null for a format error (too long, empty …). */
  rule: PortraitRule | null;
};

const isRule = (m: string): m is PortraitRule => (PORTRAIT_RULES as readonly string[]).includes(m);
const isSection = (s: unknown): s is PortraitSection =>
  typeof s === 'string' && (PORTRAIT_SECTIONS as readonly string[]).includes(s);

/** The field errors of a refused portrait; none when the error is something else. */
export function portraitIssues(err: unknown): PortraitIssue[] {
  if (!(err instanceof ApiError) || err.code !== 'VALIDATION_FAILED') return [];
  const issues = (err.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues
    .filter(
      (i): i is { path: string; message: string } =>
        typeof (i as { path?: unknown }).path === 'string' &&
        typeof (i as { message?: unknown }).message === 'string',
    )
    .map((i) => {
      const parts = i.path.split('.').filter(Boolean);
      if (parts[0] === 'definition') parts.shift();
      const name = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      const section = isSection(name[0]) ? name[0] : null;
      const row =
        (section === 'certificates' || section === 'indicators') && typeof name[1] === 'number'
          ? name[1] + 1
          : null;
      return { name, section, row, rule: isRule(i.message) ? i.message : null };
    });
}
