import {
  POINT_PARTICIPANT_ROLES,
  type AppraisalGrade,
  type PointParticipantRole,
  type PointUsage,
} from '@zhibu/shared';
import { formatPoints } from './format';
import type { Bilingual, PointBalance, VetoHit } from './types';

// What the year's points hand to 民主评议 (domain-rules §1.6, §6.1). Points inform the grade, they do not
// set it, except for a veto: a member hit by the negative list can only be graded 不合格. Probationary
// members and activists take part in points but are not graded on them: their balance goes to the
// 转正 or development file instead, with any veto stated there.

export type PointAppraisalInput = {
  role: PointParticipantRole;
  /** appraisal for members; regularisation (转正) or development for the others. */
  usedFor: PointUsage;
  /** Whether the points feed a 民主评议 grade at all. */
  graded: boolean;
  total: number;
  vetoed: boolean;
  vetoItems: VetoHit[];
  /** 'unqualified' for a vetoed member; otherwise the branch grades freely. */
  forcedGrade: AppraisalGrade | null;
  note: Bilingual;
};

/** Throws unless the balance is for a whole year: 民主评议 is yearly. */
export function appraisalInput(
  balance: PointBalance,
  participantRole: PointParticipantRole,
): PointAppraisalInput {
  if (balance.period.kind !== 'year') throw new Error('appraisalInput reads a yearly balance');
  const usedFor = POINT_PARTICIPANT_ROLES.find((r) => r.value === participantRole)!.usedFor;
  const graded = usedFor === 'appraisal';
  const vetoed = balance.vetoed;
  const common = {
    role: participantRole,
    usedFor,
    graded,
    total: balance.total,
    vetoed,
    vetoItems: balance.vetoItems,
  };
  const titles = [...new Set(balance.vetoItems.map((v) => v.title))];
  const because = { zh: titles.map((t) => `“${t}”`).join('、'), en: titles.map((t) => `"${t}"`).join(', ') };

  if (graded) {
    return vetoed
      ? {
          ...common,
          forcedGrade: 'unqualified',
          note: {
            zh: `负面清单一票否决（${because.zh}），只能评为不合格`,
            en: `Vetoed by the negative list (${because.en}); can only be graded unqualified`,
          },
        }
      : {
          ...common,
          forcedGrade: null,
          note: {
            zh: `年度积分 ${formatPoints(balance.total)} 分，供民主评议参考`,
            en: `${formatPoints(balance.total)} points this year, for reference in the appraisal`,
          },
        };
  }
  const use =
    usedFor === 'regularisation'
      ? { zh: '仅作转正参考，不参加等次评定', en: 'input for full membership only, not graded' }
      : { zh: '仅作发展参考，不参加等次评定', en: 'input for development only, not graded' };
  return {
    ...common,
    forcedGrade: null,
    note: vetoed
      ? {
          zh: `负面清单一票否决（${because.zh}）；${use.zh}`,
          en: `Vetoed by the negative list (${because.en}); ${use.en}`,
        }
      : {
          zh: `年度积分 ${formatPoints(balance.total)} 分，${use.zh}`,
          en: `${formatPoints(balance.total)} points this year, ${use.en}`,
        },
  };
}
