import { ORG_TYPES } from '@zhibu/shared';
import { Card, Flex, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { enumLabel, withNote } from '../../../ui/enum-label';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useLang } from '../../../ui/useLang';
import { useOrgWarningsQuery } from '../api/org-warnings-query';
import type { OrgWarningRow } from '../api/types';
import { OrgTreeSelect } from '../components/OrgTreeSelect';
import { useWarningText, WARNING_CODES } from '../hooks/useWarningText';

/** Every warning in the user's scope, filterable by code, severity and subtree. */
export function OrgWarningsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useWarningText();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? undefined;
  const severity = (params.get('severity') as 'red' | 'yellow' | null) ?? undefined;
  const underId = params.get('underId') ?? undefined;
  const warnings = useOrgWarningsQuery({ code, severity, underId });
  const set = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('orgs.warningsTitle')} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('orgs.warningCode')}
            aria-label={t('orgs.warningCode')}
            value={code}
            onChange={(v: string | undefined) => set('code', v)}
            options={WARNING_CODES.map((c) => ({ value: c, label: t(`warnings.titles.${c}`) }))}
            style={{ minWidth: 200 }}
          />
          <Select
            allowClear
            placeholder={t('orgs.severity')}
            aria-label={t('orgs.severity')}
            value={severity}
            onChange={(v: string | undefined) => set('severity', v)}
            options={[
              { value: 'red', label: t('orgs.severities.red') },
              { value: 'yellow', label: t('orgs.severities.yellow') },
            ]}
            style={{ minWidth: 120 }}
          />
          <div style={{ minWidth: 240, flex: '0 1 360px' }}>
            <OrgTreeSelect
              allowClear
              placeholder={t('orgs.underOrg')}
              value={underId}
              onChange={(v) => set('underId', v)}
            />
          </div>
        </Flex>
        {warnings.isError ? (
          <ErrorAlert error={warnings.error} onRetry={() => void warnings.refetch()} />
        ) : null}
        <Table<OrgWarningRow>
          rowKey={(r) => `${r.orgId}:${r.warning.code}`}
          loading={warnings.isFetching}
          dataSource={warnings.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            pageSize: 50,
            hideOnSinglePage: true,
            showTotal: (n) => t('common.total', { count: n }),
          }}
          columns={[
            {
              title: t('orgs.severity'),
              key: 'severity',
              render: (_, r) => (
                <Tag color={r.warning.severity === 'red' ? 'error' : 'warning'}>
                  {t(`orgs.severities.${r.warning.severity}`)}
                </Tag>
              ),
            },
            { title: t('orgs.warningCode'), key: 'code', render: (_, r) => text(r.warning).title },
            {
              title: t('orgs.warningOrg'),
              key: 'org',
              render: (_, r) => (
                <Link to={`/orgs/${r.orgId}`}>
                  {withNote(r.orgName, enumLabel(ORG_TYPES, r.orgType, lang), lang)}
                </Link>
              ),
            },
            { title: t('orgs.warningParent'), dataIndex: 'parentName' },
            { title: t('orgs.warningText'), key: 'text', render: (_, r) => text(r.warning).text },
          ]}
        />
      </Card>
    </>
  );
}
