import { describe, expect, it } from 'vitest';
import { derivePointEntries } from './derive-entries';
import { idempotencyKeyOf } from './entry-draft';
import { meeting, ruleSet } from './fixtures';
import type { PointSourceEvent } from './types';

const RULES = ruleSet();
const brief = (event: PointSourceEvent | PointSourceEvent[]) =>
  derivePointEntries(RULES, event).map((e) => [e.personId, e.ruleCode, e.points, e.units]);

describe('derivePointEntries: which items an event earns', () => {
  it.each<[string, PointSourceEvent, (string | number)[][]]>([
    [
      'a 党员大会 earns the 三会一课 points',
      meeting('m1', '2025-03-10', ['p1', 'p2']),
      [
        ['p1', 'O1', 3, 1],
        ['p2', 'O1', 3, 1],
      ],
    ],
    [
      'a 主题党日 earns the 主题党日 points only',
      meeting('m1', '2025-03-10', ['p1'], ['theme_day']),
      [['p1', 'O2', 2, 1]],
    ],
    [
      'a 主题党日 that is also a 党员大会 earns both items once',
      meeting('m1', '2025-03-10', ['p1'], ['theme_day', 'general_meeting']),
      [
        ['p1', 'O1', 3, 1],
        ['p1', 'O2', 2, 1],
      ],
    ],
    ['a type no item asks for earns nothing', meeting('m1', '2025-03-10', ['p1'], ['joint_activity']), []],
    [
      'a meeting without types earns nothing from narrowed items',
      meeting('m1', '2025-03-10', ['p1'], []),
      [],
    ],
    ['a person listed twice scores once', meeting('m1', '2025-03-10', ['p1', 'p1']), [['p1', 'O1', 3, 1]]],
    ['nobody attending earns nothing', meeting('m1', '2025-03-10', []), []],
    [
      'a meeting in another year earns nothing under this year’s rules',
      meeting('m1', '2024-12-31', ['p1']),
      [],
    ],
    [
      'an unexcused absence deducts, whatever the meeting type',
      {
        kind: 'meeting.absent_unexcused',
        sourceType: 'meeting',
        sourceId: 'm1',
        occurredOn: '2025-03-10',
        meetingTypes: ['joint_activity'],
        people: [{ personId: 'p3' }],
      },
      [['p3', 'N1', -2, 1]],
    ],
    [
      'a dues reminder deducts',
      {
        kind: 'dues.late',
        sourceType: 'dues_reminder',
        sourceId: 'r1',
        occurredOn: '2025-05-06',
        people: [{ personId: 'p1' }],
      },
      [['p1', 'N2', -2, 1]],
    ],
    [
      'volunteer hours score per hour',
      {
        kind: 'volunteer.hours',
        sourceType: 'volunteer_record',
        sourceId: 'v1',
        occurredOn: '2025-06-01',
        people: [
          { personId: 'p1', units: 3.5 },
          { personId: 'p2', units: 8 },
        ],
      },
      [
        ['p1', 'V1', 1.75, 3.5],
        ['p2', 'V1', 4, 8],
      ],
    ],
    [
      'hours of a person listed twice add up',
      {
        kind: 'volunteer.hours',
        sourceType: 'volunteer_record',
        sourceId: 'v1',
        occurredOn: '2025-06-01',
        people: [
          { personId: 'p1', units: 2 },
          { personId: 'p1', units: 1 },
        ],
      },
      [['p1', 'V1', 1.5, 3]],
    ],
    [
      'zero hours earn nothing',
      {
        kind: 'volunteer.hours',
        sourceType: 'volunteer_record',
        sourceId: 'v1',
        occurredOn: '2025-06-01',
        people: [{ personId: 'p1', units: 0 }],
      },
      [],
    ],
    [
      'a kind no item uses earns nothing',
      {
        kind: 'project.accepted',
        sourceType: 'project',
        sourceId: 'x1',
        occurredOn: '2025-06-01',
        people: [{ personId: 'p1' }],
      },
      [],
    ],
  ])('%s', (_name, event, expected) => {
    expect(brief(event)).toEqual(expected);
  });

  it('derives a meeting’s attendance and absences together', () => {
    const absent: PointSourceEvent = {
      kind: 'meeting.absent_unexcused',
      sourceType: 'meeting',
      sourceId: 'm1',
      occurredOn: '2025-03-10',
      people: [{ personId: 'p3' }],
    };
    expect(brief([meeting('m1', '2025-03-10', ['p1']), absent])).toEqual([
      ['p1', 'O1', 3, 1],
      ['p3', 'N1', -2, 1],
    ]);
  });

  it('never derives claimed or branch items, even with a matching kind', () => {
    const rules = ruleSet({ year: 2025 });
    const automatic = new Set(rules.items.filter((i) => i.awardedBy === 'automatic').map((i) => i.code));
    const all = derivePointEntries(rules, [
      meeting('m1', '2025-03-10', ['p1'], ['general_meeting', 'theme_day', 'study']),
      {
        kind: 'volunteer.hours',
        sourceType: 'volunteer_record',
        sourceId: 'v1',
        occurredOn: '2025-06-01',
        people: [{ personId: 'p1', units: 1 }],
      },
    ]);
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(automatic.has(e.ruleCode), e.ruleCode).toBe(true);
  });

  it('refuses hour-based events without hours', () => {
    const event: PointSourceEvent = {
      kind: 'volunteer.hours',
      sourceType: 'volunteer_record',
      sourceId: 'v1',
      occurredOn: '2025-06-01',
      people: [{ personId: 'p1' }],
    };
    expect(() => derivePointEntries(RULES, event)).toThrow(/hours/);
  });
});

describe('derivePointEntries: the entry itself', () => {
  it('carries the source, the date and a stable key', () => {
    expect(derivePointEntries(RULES, meeting('m1', '2025-03-10', ['p1']))).toEqual([
      {
        ruleCode: 'O1',
        personId: 'p1',
        points: 3,
        units: 1,
        sourceType: 'meeting',
        sourceId: 'm1',
        occurredOn: '2025-03-10',
        idempotencyKey: 'meeting:m1:p1:O1',
      },
    ]);
  });

  it('gives the same key when the record is derived again, even after its date changed', () => {
    const [first] = derivePointEntries(RULES, meeting('m1', '2025-03-10', ['p1']));
    const [again] = derivePointEntries(RULES, meeting('m1', '2025-04-02', ['p1']));
    expect(again!.idempotencyKey).toBe(first!.idempotencyKey);
  });

  it.each([
    ['source type', idempotencyKeyOf('lesson', 'm1', 'p1', 'O1')],
    ['source id', idempotencyKeyOf('meeting', 'm2', 'p1', 'O1')],
    ['person', idempotencyKeyOf('meeting', 'm1', 'p2', 'O1')],
    ['rule code', idempotencyKeyOf('meeting', 'm1', 'p1', 'O2')],
    ['a separator inside an id', idempotencyKeyOf('meeting', 'm1:p1', '', 'O1')],
  ])('gives another key for another %s', (_name, key) => {
    expect(key).not.toBe(idempotencyKeyOf('meeting', 'm1', 'p1', 'O1'));
  });
});
