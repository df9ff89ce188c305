import { describe, expect, it } from 'vitest';
import type { MyAppeal, PointEntryView } from '../api/types';
import { canAppeal, canReverse, openAppealOf } from './entry-rules';

const entry = (patch: Partial<PointEntryView>): PointEntryView => ({
  id: 'e1',
  itemCode: 'P3',
  itemTitle: '践行承诺事项',
  category: 'duty',
  veto: false,
  points: 2,
  units: 1,
  counted: 2,
  explanation: null,
  occurredOn: '2026-04-02',
  origin: 'claim',
  sourceType: null,
  sourceId: null,
  status: 'approved',
  note: null,
  reviewReason: null,
  reversesId: null,
  reversedBy: null,
  reversesTitle: null,
  files: [],
  ...patch,
});
const appeal = (status: MyAppeal['status']): MyAppeal => ({
  id: 'a1',
  entryId: 'e1',
  reason: 'x',
  status,
  createdAt: '2026-04-03T00:00:00Z',
  decidedAt: null,
  decisionReason: null,
});

describe('what a member may appeal', () => {
  it('allows rejected claims and standing branch records', () => {
    expect(canAppeal(entry({ status: 'rejected' }), [])).toBe(true);
    expect(canAppeal(entry({ origin: 'branch', points: -3 }), [])).toBe(true);
  });
  it('refuses approved claims, automatic entries, reversals and entries with an open appeal', () => {
    expect(canAppeal(entry({}), [])).toBe(false);
    expect(canAppeal(entry({ origin: 'automatic' }), [])).toBe(false);
    expect(canAppeal(entry({ origin: 'branch', reversedBy: 'e2' }), [])).toBe(false);
    expect(canAppeal(entry({ status: 'rejected' }), [appeal('open')])).toBe(false);
    expect(canAppeal(entry({ status: 'rejected' }), [appeal('dismissed')])).toBe(true);
    expect(openAppealOf(entry({}), [appeal('open')])?.id).toBe('a1');
  });
});

describe('what the branch may reverse', () => {
  it('allows approved claims and branch records that stand', () => {
    expect(canReverse(entry({}))).toBe(true);
    expect(canReverse(entry({ origin: 'branch' }))).toBe(true);
  });
  it('refuses automatic entries, pending or rejected claims, reversals and reversed entries', () => {
    expect(canReverse(entry({ origin: 'automatic' }))).toBe(false);
    expect(canReverse(entry({ status: 'claimed' }))).toBe(false);
    expect(canReverse(entry({ status: 'rejected' }))).toBe(false);
    expect(canReverse(entry({ reversesId: 'e0', points: -2 }))).toBe(false);
    expect(canReverse(entry({ reversedBy: 'e2' }))).toBe(false);
  });
});
