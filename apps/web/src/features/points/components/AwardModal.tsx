import { POINT_SIGNS } from '@zhibu/shared';
import { Alert, App, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLang } from '../../../ui/useLang';
import { useAwardMutation } from '../api/award-mutation';
import { useBalancesQuery } from '../api/balances-query';
import { usePersonPointsQuery } from '../api/person-points-query';
import { useRuleSetQuery } from '../api/rule-set-query';
import { useScopeRoot } from '../hooks/useScopeRoot';
import { capText, perUnitText } from './item-text';
import { OccurrenceFields } from './OccurrenceFields';

type Values = { personId: string; ruleCode: string; occurredOn: Dayjs; units: number; note?: string };
type Props = { year: number; person?: { id: string; name: string }; onClose: () => void };

const SIGNS = { items: POINT_SIGNS };

/**
 * 支部认定: the branch records an item for a member (a bonus, a deduction or a veto) from the rule set
 * in force for that member. Deductions and vetoes need a note. Mount while open.
 */
export function AwardModal({ year, person, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const award = useAwardMutation();
  const { rootId } = useScopeRoot();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const roster = useBalancesQuery(
    person || !rootId ? null : { orgId: rootId, year, q: q || undefined, page: 1, pageSize: 50 },
  );
  const personId = Form.useWatch('personId', form) ?? person?.id;
  const points = usePersonPointsQuery(personId, { year });
  const ruleSet = useRuleSetQuery(points.data?.ruleSet?.id);
  const items = useMemo(
    () =>
      (ruleSet.data?.definition.items ?? []).filter(
        (i) => i.awardedBy === 'branch' || i.awardedBy === 'self_claim',
      ),
    [ruleSet.data],
  );
  const code = Form.useWatch('ruleCode', form);
  const item = items.find((i) => i.code === code);
  const needsNote = item ? item.sign === 'negative' || item.veto : false;
  const today = dayjs();
  const people = person
    ? [{ value: person.id, label: person.name }]
    : (roster.data?.items ?? []).map((r) => ({ value: r.personId, label: `${r.name}（${r.orgName}）` }));

  return (
    <ModalForm<Values>
      title={t('points.award.title')}
      form={form}
      pending={award.isPending}
      error={award.error}
      okText={t('common.save')}
      initialValues={{
        personId: person?.id,
        occurredOn: today.year() === year ? today : dayjs(`${year}-12-31`),
        units: 1,
      }}
      onClose={onClose}
      onSubmit={(v) =>
        award.mutate(
          {
            personId: v.personId,
            ruleCode: v.ruleCode,
            occurredOn: v.occurredOn.format('YYYY-MM-DD'),
            units: v.units,
            note: v.note?.trim() || null,
          },
          {
            onSuccess: () => {
              void message.success(t('points.award.done'));
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="personId"
        label={t('points.award.member')}
        rules={[rules.requiredChoice(t('points.award.member'))]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          disabled={Boolean(person)}
          loading={roster.isFetching}
          placeholder={t('points.award.memberHint')}
          options={people}
          onChange={() => form.setFieldValue('ruleCode', undefined)}
        />
      </Form.Item>
      {points.data && !points.data.ruleSet ? (
        <Alert type="warning" showIcon title={t('points.noRuleSet')} style={{ marginBottom: 16 }} />
      ) : null}
      {ruleSet.data && items.length === 0 ? (
        <Alert type="info" showIcon title={t('points.award.none')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        name="ruleCode"
        label={t('points.award.item')}
        rules={[rules.requiredChoice(t('points.award.item'))]}
      >
        <Select
          placeholder={t('common.select')}
          disabled={!personId}
          loading={points.isFetching || ruleSet.isFetching}
          options={items.map((i) => ({
            value: i.code,
            label: (
              <span>
                {i.code} {i.title}{' '}
                <Typography.Text type={i.sign === 'negative' ? 'danger' : 'success'}>
                  {enumLabel(SIGNS, i.sign, lang)}
                  {i.veto ? '' : ` ${i.points}`}
                </Typography.Text>
                {i.veto ? (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('points.items.veto')}
                  </Tag>
                ) : null}
              </span>
            ),
          }))}
        />
      </Form.Item>
      {item ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          {[
            item.veto ? null : perUnitText(item.points, item.unit, t, lang),
            capText(item.cap, t, lang),
            item.description,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Paragraph>
      ) : null}
      {item?.veto ? (
        <Alert type="error" showIcon title={t('points.award.vetoWarning')} style={{ marginBottom: 16 }} />
      ) : null}
      <OccurrenceFields
        year={year}
        unit={item?.unit}
        labels={{ date: t('points.award.date'), units: t('points.award.units') }}
      />
      <Form.Item
        name="note"
        label={t('points.award.note')}
        extra={needsNote ? t('points.award.noteRequired') : undefined}
        rules={needsNote ? [rules.required(t('points.award.note')), rules.max(1000)] : [rules.max(1000)]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ModalForm>
  );
}
