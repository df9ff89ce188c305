import { APPRAISAL_GRADES, type AppraisalGrade } from '@zhibu/shared';
import { Tag } from 'antd';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';

const COLORS: Record<AppraisalGrade, string> = {
  excellent: 'red',
  qualified: 'green',
  basic: 'gold',
  unqualified: 'default',
};

export function GradeTag({ grade }: { grade: AppraisalGrade | null }) {
  const lang = useLang();
  if (!grade) return null;
  return <Tag color={COLORS[grade]}>{enumLabel(APPRAISAL_GRADES, grade, lang)}</Tag>;
}
