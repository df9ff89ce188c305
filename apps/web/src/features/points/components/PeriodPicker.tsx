import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { YearSelect } from '../../../ui/YearSelect';
import type { PeriodParams } from '../api/types';

type Props = { value: PeriodParams; onChange: (p: PeriodParams) => void };

/** 年度 and 全年 / 第1–4季度. */
export function PeriodPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <YearSelect
        value={value.year}
        onChange={(year) => onChange({ year, quarter: value.quarter })}
        past={3}
      />
      <Select<number>
        value={value.quarter ?? 0}
        onChange={(q) => onChange({ year: value.year, quarter: q || undefined })}
        aria-label={t('points.period.label')}
        options={[
          { value: 0, label: t('points.period.year') },
          ...[1, 2, 3, 4].map((q) => ({ value: q, label: t('points.period.quarter', { quarter: q }) })),
        ]}
        style={{ width: 120 }}
      />
    </Flex>
  );
}
