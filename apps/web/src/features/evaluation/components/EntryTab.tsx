import { scoredItemsOf, type ScoredItem } from '@zhibu/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../ui/ReasonModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useLang } from '../../../ui/useLang';
import { useMe } from '../../auth/hooks/useMe';
import {
  useEnterValuesMutation,
  useMemberResultQuery,
  useResultsQuery,
  useVetoMutation,
} from '../api/manage-api';
import type { MemberDetail, RoundDetail, ValueEntry } from '../api/types';

type Values = Record<string, number | string | null | undefined>;

/** 录入: a member's manual points, automatic values typed in with a reason, and veto marks. */
export function EntryTab({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const results = useResultsQuery(round.id, round.status !== 'draft');
  const [personId, setPersonId] = useState<string>();
  const detail = useMemberResultQuery(round.id, personId);
  if (round.status === 'draft') return <Alert type="info" showIcon title={t('evaluation.entry.draft')} />;
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  return (
    <Flex vertical gap={12}>
      {round.status === 'published' ? (
        <Alert type="info" showIcon title={t('evaluation.entry.locked')} />
      ) : null}
      <Select<string>
        showSearch={{ optionFilterProp: 'label' }}
        value={personId}
        onChange={setPersonId}
        loading={results.isPending}
        placeholder={t('evaluation.entry.member')}
        aria-label={t('evaluation.entry.member')}
        options={(results.data?.items ?? []).map((m) => ({ value: m.personId, label: m.name }))}
        style={{ maxWidth: 320 }}
        data-testid="entry-member"
      />
      {personId && detail.isError ? (
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      ) : null}
      {personId && detail.data?.personId === personId ? (
        <MemberEntries key={personId} round={round} detail={detail.data} />
      ) : personId ? (
        <Skeleton active />
      ) : null}
    </Flex>
  );
}

function MemberEntries({ round, detail }: { round: RoundDetail; detail: MemberDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useEnterValuesMutation(round.id);
  const veto = useVetoMutation(round.id);
  const [vetoing, setVetoing] = useState<ScoredItem | null>(null);
  const items = scoredItemsOf(round.template);
  const manual = items.filter((i) => i.source === 'manual');
  const automatic = items.filter((i) => i.source === 'automatic');
  const vetoItems = items.filter((i) => i.veto);
  const own = me.user.personId === detail.personId;
  const locked = own || round.status === 'published';
  const scored = new Map(detail.indicators.map((i) => [i.code, i]));
  const labels = new Map(round.metrics.map((m) => [m.code, m.label ?? m.key]));

  const initial = useMemo(() => {
    const v: Values = {};
    for (const e of detail.values) {
      if (e.override) {
        v[`a_${e.code}`] = e.value;
        v[`r_${e.code}`] = e.reason ?? '';
      } else {
        v[`m_${e.code}`] = e.value;
      }
    }
    return v;
  }, [detail.values]);

  const submit = (v: Values) => {
    const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
    const entries: ValueEntry[] = [];
    for (const i of manual) {
      const value = num(v[`m_${i.code}`]);
      if (value !== num(initial[`m_${i.code}`])) {
        entries.push({ personId: detail.personId, code: i.code, value });
      }
    }
    for (const i of automatic) {
      const value = num(v[`a_${i.code}`]);
      const reason = String(v[`r_${i.code}`] ?? '').trim();
      if (value !== num(initial[`a_${i.code}`]) || reason !== String(initial[`r_${i.code}`] ?? '')) {
        entries.push({
          personId: detail.personId,
          code: i.code,
          value,
          reason: value === null ? null : reason,
        });
      }
    }
    if (entries.length === 0) {
      void message.info(t('common.saved'));
      return;
    }
    save.mutate(entries, { onSuccess: () => void message.success(t('common.saved')) });
  };

  const row = (i: ScoredItem, input: React.ReactNode, extra?: React.ReactNode) => (
    <Flex key={i.code} gap={12} wrap align="flex-start" style={{ padding: '6px 0' }}>
      <div style={{ flex: '1 1 240px', minWidth: 200 }}>
        <Typography.Text strong>
          {i.code} {i.title}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {scored.get(i.code)?.explanation[lang]}
          </Typography.Text>
        </div>
      </div>
      {input}
      {extra}
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      {own ? <Alert type="warning" showIcon title={t('evaluation.entry.own')} /> : null}
      {save.error ? <Alert type="error" showIcon title={errorText(save.error, t)} /> : null}
      <Form<Values>
        form={form}
        initialValues={initial}
        onFinish={submit}
        disabled={locked}
        layout="vertical"
        data-testid="entry-form"
      >
        <Card size="small" title={t('evaluation.entry.manual')} style={{ marginBottom: 12 }}>
          {manual.map((i) =>
            row(
              i,
              <Form.Item name={`m_${i.code}`} style={{ margin: 0 }}>
                <InputNumber<number>
                  min={0}
                  max={i.maxScore}
                  step={0.5}
                  aria-label={`${i.code} ${i.title}`}
                  suffix={`/${i.maxScore}`}
                  style={{ width: 110 }}
                />
              </Form.Item>,
            ),
          )}
        </Card>
        <Card
          size="small"
          title={t('evaluation.entry.automatic')}
          extra={<Typography.Text type="secondary">{t('evaluation.entry.reasonHint')}</Typography.Text>}
          style={{ marginBottom: 12 }}
        >
          {automatic.map((i) =>
            row(
              i,
              <Form.Item name={`a_${i.code}`} style={{ margin: 0 }}>
                <InputNumber<number>
                  min={0}
                  max={100000}
                  placeholder={t('evaluation.entry.value')}
                  aria-label={`${i.code} ${t('evaluation.entry.value')}`}
                  style={{ width: 110 }}
                />
              </Form.Item>,
              <Form.Item
                name={`r_${i.code}`}
                dependencies={[`a_${i.code}`]}
                style={{ margin: 0, flex: '1 1 220px' }}
                rules={[
                  rules.max(1000),
                  ({ getFieldValue }) => ({
                    validator: async (_r, value: unknown) => {
                      const v: unknown = getFieldValue(`a_${i.code}`);
                      if (typeof v === 'number' && !(typeof value === 'string' && value.trim())) {
                        throw new Error(t('common.required', { field: t('evaluation.entry.reason') }));
                      }
                    },
                  }),
                ]}
              >
                <Input
                  placeholder={`${t('evaluation.entry.reason')}（${labels.get(i.code) ?? ''}）`}
                  aria-label={`${i.code} ${t('evaluation.entry.reason')}`}
                />
              </Form.Item>,
            ),
          )}
        </Card>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
      {vetoItems.length > 0 ? (
        <Card size="small" title={t('evaluation.entry.veto')}>
          {vetoItems.map((i) => {
            const mark = detail.vetoes.find((v) => v.code === i.code);
            return row(
              i,
              <Flex vertical gap={4} style={{ flex: '1 1 220px' }}>
                {mark ? (
                  <Typography.Text>
                    <Tag color="red">{t('evaluation.vetoed')}</Tag>
                    {mark.reason}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">–</Typography.Text>
                )}
              </Flex>,
              <Button danger={!mark} disabled={locked} onClick={() => setVetoing(i)}>
                {mark ? t('evaluation.entry.withdraw') : t('evaluation.entry.mark')}
              </Button>,
            );
          })}
        </Card>
      ) : null}
      {vetoing ? (
        <ReasonModal
          title={`${vetoing.code} ${vetoing.title}`}
          label={t('evaluation.entry.vetoReason')}
          okText={
            detail.vetoes.some((v) => v.code === vetoing.code)
              ? t('evaluation.entry.withdraw')
              : t('evaluation.entry.mark')
          }
          pending={veto.isPending}
          error={veto.error}
          onClose={() => {
            veto.reset();
            setVetoing(null);
          }}
          onSubmit={(reason) =>
            veto.mutate(
              {
                personId: detail.personId,
                code: vetoing.code,
                vetoed: !detail.vetoes.some((v) => v.code === vetoing.code),
                reason,
              },
              {
                onSuccess: () => {
                  void message.success(t('common.saved'));
                  veto.reset();
                  setVetoing(null);
                },
              },
            )
          }
        />
      ) : null}
    </Flex>
  );
}
