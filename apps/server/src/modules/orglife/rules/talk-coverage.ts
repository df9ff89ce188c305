// 谈心谈话 coverage (支部工作条例; domain-rules §1.5): each year every two committee members talk with
// each other, and every member talks with at least one committee member.

export type TalkPair = { a: string; b: string };

export type TalkCoverage = {
  committeePairs: { a: string; b: string; talks: number }[];
  members: { personId: string; talks: number; with: string[] }[];
  missingCommitteePairs: TalkPair[];
  missingMembers: string[];
  required: number;
  covered: number;
};

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function talkCoverage(committee: readonly string[], members: readonly string[], talks: readonly TalkPair[]): TalkCoverage {
  const counts = new Map<string, number>();
  for (const t of talks) counts.set(key(t.a, t.b), (counts.get(key(t.a, t.b)) ?? 0) + 1);
  const inCommittee = new Set(committee);
  const committeePairs: TalkCoverage['committeePairs'] = [];
  for (let i = 0; i < committee.length; i++) {
    for (let j = i + 1; j < committee.length; j++) {
      const a = committee[i]!;
      const b = committee[j]!;
      committeePairs.push({ a, b, talks: counts.get(key(a, b)) ?? 0 });
    }
  }
  const memberRows = members
    .filter((m) => !inCommittee.has(m))
    .map((m) => {
      const withWhom = committee.filter((c) => (counts.get(key(c, m)) ?? 0) > 0);
      return { personId: m, talks: withWhom.reduce((s, c) => s + (counts.get(key(c, m)) ?? 0), 0), with: withWhom };
    });
  const missingCommitteePairs = committeePairs.filter((p) => p.talks === 0).map(({ a, b }) => ({ a, b }));
  const missingMembers = memberRows.filter((m) => m.with.length === 0).map((m) => m.personId);
  const required = committeePairs.length + memberRows.length;
  return {
    committeePairs,
    members: memberRows,
    missingCommitteePairs,
    missingMembers,
    required,
    covered: required - missingCommitteePairs.length - missingMembers.length,
  };
}
