import { EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { POLITICAL_INDICATOR, type JobPortrait } from '@zhibu/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/useCan';
import { useUpdatePortraitMutation } from '../api/mutations';
import { usePortraitQuery } from '../api/queries';
import type { PortraitDetail } from '../api/types';
import {
  CertificateRequirementsField,
  type CertificateValues,
} from '../components/CertificateRequirementsField';
import { useTalentLabels } from '../components/labels';
import { portraitIssues, type PortraitIssue } from '../components/portrait-issues';
import { percentTotal } from '../components/radar';

const pct = (w: number) => `${Math.round(w * 1000) / 10}%`;

function PortraitView({ p }: { p: JobPortrait }) {
  const { t } = useTranslation();
  const l = useTalentLabels();
  return (
    <Flex vertical gap={16}>
      {p.summary ? <Typography.Paragraph>{p.summary}</Typography.Paragraph> : null}
      <Card size="small" title={t('talent.portrait.skills')}>
        <Flex gap={4} wrap>
          {p.skills.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('talent.portrait.qualities')}>
        <Flex gap={4} wrap>
          {p.qualities.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('talent.portrait.certificates')}>
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={p.certificates}
          scroll={{ x: true }}
          data-testid="portrait-certificates"
          columns={[
            {
              title: t('talent.credentials.name'),
              dataIndex: 'name',
              render: (name: string, c) => (
                <>
                  {name}
                  {c.aliases.length > 0 ? (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('talent.portrait.aliasesLine', { list: c.aliases.join('、') })}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              title: t('talent.credentials.kind'),
              dataIndex: 'kind',
              render: (k: JobPortrait['certificates'][number]['kind']) => l.kind(k),
            },
            {
              title: t('talent.portrait.minLevel'),
              dataIndex: 'minLevel',
              render: (v: JobPortrait['certificates'][number]['minLevel']) => l.level(v),
            },
            {
              title: t('talent.portrait.mandatory'),
              dataIndex: 'mandatory',
              render: (m: boolean) => (m ? <Tag color="red">{t('talent.portrait.mandatoryTag')}</Tag> : null),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('talent.portrait.indicators')}>
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={p.indicators}
          columns={[
            { title: t('talent.portrait.indicator'), dataIndex: 'title' },
            { title: t('talent.portrait.weight'), dataIndex: 'weight', render: (w: number) => pct(w) },
            {
              title: t('talent.portrait.gate'),
              dataIndex: 'gateMin',
              render: (g: number | null | undefined) => g ?? '',
            },
            { title: t('talent.portrait.description'), dataIndex: 'description' },
          ]}
        />
      </Card>
    </Flex>
  );
}

type EditValues = {
  title: string;
  summary?: string;
  skills: string[];
  qualities: string[];
  certificates: CertificateValues[];
  indicators: {
    code: string;
    title: string;
    weight: number;
    gateMin?: number | null;
    description?: string;
  }[];
};

/** A refused portrait's issues in the user's language: where (section and row) and which rule. */
function useIssueText() {
  const { t } = useTranslation();
  return useCallback(
    (i: PortraitIssue): { field: string; where: string } => {
      const field = i.rule ? t(`talent.portrait.issues.${i.rule}`) : t('talent.portrait.issues.invalid');
      if (!i.section) return { field, where: field };
      const section = t(i.section === 'title' ? 'talent.portrait.label' : `talent.portrait.${i.section}`);
      const where = i.row
        ? t('talent.portrait.issueRow', { section, row: i.row, message: field })
        : t('talent.portrait.issueField', { section, message: field });
      return { field, where };
    },
    [t],
  );
}

/** Editing the portrait: weights in percent with a running total that must reach 100%, political standard first. */
function PortraitEditor({ detail, onDone }: { detail: PortraitDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdatePortraitMutation();
  const issueText = useIssueText();
  const issues = portraitIssues(update.error);
  const d = detail.definition;
  // The API's field errors land on their fields too (the form store lives outside React).
  useEffect(() => {
    const list = portraitIssues(update.error);
    if (list.length === 0) return;
    // Paths come from the API, so the form's typed field names do not apply.
    (form as FormInstance).setFields(list.map((i) => ({ name: i.name, errors: [issueText(i).field] })));
  }, [update.error, form, issueText]);
  const indicators = Form.useWatch('indicators', form) ?? [];
  const total = percentTotal(indicators.map((i) => i?.weight));
  const ok = total === 100;
  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      initialValues={{
        title: d.title,
        summary: d.summary,
        skills: d.skills,
        qualities: d.qualities,
        certificates: d.certificates.map((c) => ({ ...c, minLevel: c.minLevel ?? null })),
        indicators: d.indicators.map((i) => ({ ...i, weight: Math.round(i.weight * 1000) / 10 })),
      }}
      onFinish={(v) => {
        const definition: JobPortrait = {
          ...d,
          title: v.title,
          summary: v.summary || undefined,
          skills: v.skills,
          qualities: v.qualities,
          certificates: (v.certificates ?? []).map((c) => ({
            name: c.name.trim(),
            kind: c.kind,
            minLevel: c.minLevel ?? null,
            mandatory: Boolean(c.mandatory),
            aliases: (c.aliases ?? []).map((a) => a.trim()).filter(Boolean),
          })),
          indicators: v.indicators.map((i) => ({
            code: i.code,
            title: i.title,
            weight: Math.round(i.weight * 10) / 1000,
            gateMin: i.gateMin ?? null,
            description: i.description || undefined,
          })),
        };
        update.mutate(
          { id: detail.id, version: detail.version, definition },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              onDone();
            },
          },
        );
      }}
    >
      {update.error ? (
        <Alert
          type="error"
          showIcon
          title={errorText(update.error, t)}
          description={
            issues.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="portrait-issues">
                {issues.map((i, n) => (
                  <li key={n}>{issueText(i).where}</li>
                ))}
              </ul>
            ) : undefined
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form.Item
        name="title"
        label={t('talent.portrait.label')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="summary" label={t('talent.portrait.summary')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="skills" label={t('talent.portrait.skills')} rules={[{ required: true }]}>
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item name="qualities" label={t('talent.portrait.qualities')}>
        <Select mode="tags" open={false} />
      </Form.Item>
      <Typography.Title level={5}>{t('talent.portrait.certificates')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('talent.portrait.certificatesHint')}</Typography.Paragraph>
      <CertificateRequirementsField />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('talent.portrait.indicators')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('talent.portrait.politicalFirst')}</Typography.Paragraph>
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <>
            {/* Not edited here but part of the definition: registered, so that they are submitted. */}
            {fields.map((f) => (
              <Fragment key={f.key}>
                <Form.Item name={[f.name, 'code']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[f.name, 'description']} hidden>
                  <Input />
                </Form.Item>
              </Fragment>
            ))}
            {fields.map((f, i) => {
              const political = indicators[i]?.code === POLITICAL_INDICATOR;
              return (
                <Space key={f.key} align="baseline" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'title']} rules={[{ required: true, whitespace: true }]}>
                    <Input
                      aria-label={t('talent.portrait.indicator')}
                      style={{ width: 160 }}
                      maxLength={50}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weight']} rules={[{ required: true }]}>
                    <InputNumber
                      aria-label={t('talent.portrait.weight')}
                      min={0}
                      max={100}
                      step={1}
                      suffix="%"
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'gateMin']}>
                    <InputNumber
                      aria-label={t('talent.portrait.gate')}
                      placeholder={t('talent.portrait.gate')}
                      min={0}
                      max={100}
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  {i === 0 || political ? null : (
                    <MinusCircleOutlined aria-label={t('common.delete')} onClick={() => remove(f.name)} />
                  )}
                </Space>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= 20}
              onClick={() => add({ code: `custom_${Date.now().toString(36)}`, title: '', weight: 0 })}
            >
              {t('talent.portrait.addIndicator')}
            </Button>
          </>
        )}
      </Form.List>
      <Flex gap={8} align="center" style={{ marginTop: 16 }} wrap>
        <Typography.Text type={ok ? 'success' : 'danger'} data-testid="weight-total">
          {t('talent.portrait.weightTotal', { total })}
        </Typography.Text>
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={!ok}>
          {t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}

/** One job portrait: skills, qualities, certificates (mandatory marked) and weighted indicators. */
export function PortraitPage() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const can = useCan();
  const { portraitId = '' } = useParams();
  const portrait = usePortraitQuery(portraitId);
  const [editing, setEditing] = useState(false);
  const p = portrait.data;
  return (
    <>
      <PageHeader
        title={p?.title ?? t('nav.talentPortrait')}
        extra={
          p?.editable && can('talent:manage') && !editing ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      {portrait.isError ? (
        <ErrorAlert error={portrait.error} onRetry={() => void portrait.refetch()} />
      ) : null}
      {portrait.isPending ? <Skeleton active /> : null}
      {p ? (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={{ xs: 1, md: 4 }}>
            <Descriptions.Item label={t('talent.portrait.family')}>{l.family(p.family)}</Descriptions.Item>
            <Descriptions.Item label={t('talent.portrait.scope')}>{p.scopeOrgName}</Descriptions.Item>
            <Descriptions.Item label={t('talent.portrait.code')}>{p.code}</Descriptions.Item>
            <Descriptions.Item label={t('talent.portrait.version')}>{p.version}</Descriptions.Item>
          </Descriptions>
          {editing ? (
            <Card>
              <PortraitEditor key={p.version} detail={p} onDone={() => setEditing(false)} />
            </Card>
          ) : (
            <PortraitView p={p.definition} />
          )}
        </Flex>
      ) : null}
    </>
  );
}
