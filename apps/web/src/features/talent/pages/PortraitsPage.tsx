import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Flex, Form, Button, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ModalForm } from '../../../ui/ModalForm';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/useCan';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useCopyPortraitsMutation } from '../api/mutations';
import { usePortraitsQuery, usePortraitTemplatesQuery } from '../api/queries';
import type { PortraitListItem } from '../api/types';
import { useTalentLabels } from '../components/labels';
import { OrgFilter } from '../components/OrgFilter';
import { PersonSearch } from '../components/PersonSearch';

type CopyValues = { scopeOrgId: string; codes?: string[] };

function CopyModal({ orgId, onClose }: { orgId: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CopyValues>();
  const templates = usePortraitTemplatesQuery(true);
  const copy = useCopyPortraitsMutation();
  return (
    <ModalForm<CopyValues>
      title={t('talent.portrait.copy')}
      form={form}
      initialValues={{ scopeOrgId: orgId }}
      okText={t('talent.portrait.copy')}
      pending={copy.isPending}
      error={copy.error ?? templates.error}
      onClose={onClose}
      onSubmit={(v) =>
        copy.mutate(
          { scopeOrgId: v.scopeOrgId, codes: v.codes?.length ? v.codes : undefined },
          {
            onSuccess: (r) => {
              void message.success(
                t('talent.portrait.copied', { created: r.created.length, skipped: r.skipped.length }),
              );
              onClose();
            },
          },
        )
      }
    >
      <Alert type="info" showIcon title={t('talent.portrait.copyHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="scopeOrgId" label={t('talent.portrait.scope')} rules={[{ required: true }]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="codes" label={t('talent.portrait.builtins')}>
        <Select
          mode="multiple"
          allowClear
          loading={templates.isPending}
          placeholder={t('talent.portrait.allBuiltins')}
          optionFilterProp="label"
          options={(templates.data?.items ?? []).map((p) => ({ value: p.code, label: p.title }))}
        />
      </Form.Item>
    </ModalForm>
  );
}

/** 人才画像: the job portraits that apply to the chosen organisation's people. */
export function PortraitsPage() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const can = useCan();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [copying, setCopying] = useState(false);
  const portraits = usePortraitsQuery(orgId, Boolean(orgId));
  return (
    <>
      <PageHeader
        title={t('nav.talentPortraits')}
        extra={
          <>
            <PersonSearch />
            {can('talent:manage') ? (
              <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
                {t('talent.portrait.copy')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <OrgFilter value={orgId} onChange={setOrgId} />
      </Flex>
      {portraits.isError ? (
        <ErrorAlert error={portraits.error} onRetry={() => void portraits.refetch()} />
      ) : null}
      <Table<PortraitListItem>
        rowKey="id"
        size="small"
        loading={portraits.isFetching}
        dataSource={portraits.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('talent.portrait.noneApply') }}
        columns={[
          {
            title: t('talent.portrait.label'),
            dataIndex: 'title',
            render: (v: string, p) => <Link to={`/talent/portraits/${p.id}`}>{v}</Link>,
          },
          { title: t('talent.portrait.family'), dataIndex: 'family', render: (v: string) => l.family(v) },
          { title: t('talent.portrait.scope'), dataIndex: 'scopeOrgName' },
          { title: t('talent.portrait.indicators'), dataIndex: 'indicators' },
          { title: t('talent.portrait.mandatory'), dataIndex: 'mandatoryCertificates' },
          { title: t('talent.portrait.version'), dataIndex: 'version' },
          {
            title: '',
            key: 'editable',
            render: (_: unknown, p) =>
              p.editable ? <Tag color="blue">{t('talent.portrait.editable')}</Tag> : null,
          },
        ]}
      />
      {copying ? <CopyModal orgId={orgId} onClose={() => setCopying(false)} /> : null}
    </>
  );
}
