import type { PointUnit } from '@zhibu/shared';
import { DatePicker, Form, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useFieldRules } from '../../../ui/field-rules';

type Props = {
  year: number;
  unit: PointUnit | undefined;
  labels: { date: string; units: string };
  readOnlyDate?: boolean;
};

/**
 * When it happened (a day of the rule set's year, not in the future) and how much (occurrences are
 * whole, hours go in halves): the fields a claim and a branch's award share, named occurredOn and units.
 */
export function OccurrenceFields({ year, unit, labels, readOnlyDate }: Props) {
  const rules = useFieldRules();
  const today = dayjs();
  const hours = unit === 'hour';
  return (
    <>
      <Form.Item name="occurredOn" label={labels.date} rules={[rules.requiredChoice(labels.date)]}>
        <DatePicker
          style={{ width: '100%' }}
          inputReadOnly={readOnlyDate}
          disabledDate={(d) => d.year() !== year || d.isAfter(today, 'day')}
        />
      </Form.Item>
      <Form.Item name="units" label={labels.units} rules={[rules.requiredChoice(labels.units)]}>
        <InputNumber
          min={hours ? 0.5 : 1}
          max={10000}
          step={hours ? 0.5 : 1}
          precision={hours ? 1 : 0}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </>
  );
}
