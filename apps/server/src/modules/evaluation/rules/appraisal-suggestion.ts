import {
  APPRAISAL_GRADES,
  type AppraisalGrade,
  type AppraisalSuggestion,
  type IndicatorTemplate,
} from '@zhibu/shared';
import { formatNumber } from './round';
import type { Bilingual, MemberEvaluation } from './types';

// What the evaluation suggests for 民主评议 (domain-rules §1.6). It is never a grade: the branch
// committee or general meeting proposes the grade from the appraisal and everyday conduct, and 优秀
// is normally capped at a third of the members, which only the whole branch can weigh. So the
// result always says `suggestion: true`, and notes what makes the score less certain (missing data,
// raters who did not submit).

export function appraisalSuggestion(
  template: IndicatorTemplate,
  result: MemberEvaluation,
): AppraisalSuggestion {
  const notes = notesOf(result);
  const { bands, floor, vetoGrade } = template.appraisal;
  if (result.vetoed) {
    const reasons = result.vetoedBy.map((v) => v.reason).filter((r): r is string => Boolean(r));
    const codes = result.vetoedBy.map((v) => v.code).join('、');
    return suggest(vetoGrade, 'veto', notes, {
      zh: `一票否决（${codes}${reasons.length > 0 ? `：${reasons.join('；')}` : ''}），建议评为${label(vetoGrade).zh}`,
      en: `Vetoed (${result.vetoedBy.map((v) => v.code).join(', ')}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}); suggested: ${label(vetoGrade).en}`,
    });
  }
  const total = formatNumber(result.total);
  const band = [...bands].sort((a, b) => b.min - a.min).find((b) => result.total >= b.min);
  if (band) {
    return suggest(band.grade, 'band', notes, {
      zh: `总分 ${total}，达到 ${formatNumber(band.min)} 分，建议评为${label(band.grade).zh}`,
      en: `Total ${total}, at least ${formatNumber(band.min)}; suggested: ${label(band.grade).en}`,
    });
  }
  const lowest = Math.min(...bands.map((b) => b.min));
  return suggest(floor, 'floor', notes, {
    zh: `总分 ${total}${Number.isFinite(lowest) ? `，低于 ${formatNumber(lowest)} 分` : ''}，建议评为${label(floor).zh}`,
    en: `Total ${total}${Number.isFinite(lowest) ? `, below ${formatNumber(lowest)}` : ''}; suggested: ${label(floor).en}`,
  });
}

function suggest(
  grade: AppraisalGrade,
  cause: AppraisalSuggestion['cause'],
  notes: Bilingual[],
  reason: Bilingual,
): AppraisalSuggestion {
  return { suggestion: true, grade, label: label(grade), cause, reason, notes };
}

function label(grade: AppraisalGrade): Bilingual {
  return { zh: APPRAISAL_GRADES.label(grade, 'zh'), en: APPRAISAL_GRADES.label(grade, 'en') };
}

function notesOf(result: MemberEvaluation): Bilingual[] {
  const notes: Bilingual[] = [];
  if (result.pending.length > 0) {
    notes.push({
      zh: `${result.pending.length} 项指标尚无数据，暂按 0 分计（${result.pending.join('、')}）`,
      en: `${result.pending.length} indicators have no data yet and count as 0 (${result.pending.join(', ')})`,
    });
  }
  const { share, assigned, submitted } = result.completion;
  if (share !== null && share < 1) {
    notes.push({
      zh: `评价完成率 ${Math.round(share * 100)}%（${submitted}/${assigned}）`,
      en: `Ratings ${Math.round(share * 100)}% complete (${submitted}/${assigned})`,
    });
  }
  notes.push({
    zh: '本结果仅供民主评议参考，等次由支部研究确定',
    en: 'For reference in the appraisal only; the branch decides the grade',
  });
  return notes;
}
