import { Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

type Props = { value: number; onChange: (y: number) => void; past?: number; future?: number };

/** A year picker around the current year (records go back a few years, plans one year ahead). */
export function YearSelect({ value, onChange, past = 5, future = 1 }: Props) {
  const { t } = useTranslation();
  const now = dayjs().year();
  const years = Array.from({ length: past + future + 1 }, (_, i) => now + future - i);
  if (!years.includes(value)) years.push(value);
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      aria-label={t('common.year')}
      options={years.map((y) => ({ value: y, label: t('common.yearLabel', { year: y }) }))}
      style={{ width: 110 }}
    />
  );
}
