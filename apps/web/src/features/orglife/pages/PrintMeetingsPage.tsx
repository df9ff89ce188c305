import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCan } from '../../auth/hooks/useCan';
import { useOrgTreeQuery } from '../../orgs/api/org-tree-query';
import { useMeetingDetailsQuery } from '../api/meeting-details-query';
import { useMeetingsQuery } from '../api/meetings-query';
import { PrintMeeting } from '../components/PrintMeeting';
import '../components/print.css';

const PAGE_SIZE = 200;

/**
 * The year's held meetings of an organisation, laid out for the printer (browser print, A4); a
 * standalone page without the app's menu. The .docx ledger is the formal record book.
 */
export function PrintMeetingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params] = useSearchParams();
  const orgId = params.get('orgId') ?? undefined;
  const year = Number(params.get('year')) || dayjs().year();
  const list = useMeetingsQuery({
    orgId,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    page: 1,
    pageSize: PAGE_SIZE,
  });
  const held = (list.data?.items ?? [])
    .filter((m) => m.status !== 'planned' && m.heldOn)
    .sort((a, b) => (a.heldOn ?? '').localeCompare(b.heldOn ?? ''));
  const details = useMeetingDetailsQuery(held.map((m) => m.id));
  const tree = useOrgTreeQuery(can('org:read'));
  const orgName = tree.data?.find((o) => o.id === orgId)?.name ?? held[0]?.orgName ?? '';
  return (
    <div className="print-page">
      <Flex className="no-print" gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Link to={`/orglife/ledger?orgId=${orgId ?? ''}&year=${year}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
        </Link>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={details.pending}
        >
          {t('print.print')}
        </Button>
      </Flex>
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {details.error ? <ErrorAlert error={details.error} /> : null}
      {(list.data?.total ?? 0) > PAGE_SIZE ? (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          title={t('print.truncated', { count: PAGE_SIZE })}
        />
      ) : null}
      <h1>{t('print.title', { org: orgName, year })}</h1>
      <Spin spinning={list.isPending || details.pending}>
        {list.data && held.length === 0 ? <p>{t('print.none')}</p> : null}
        {details.data.map((m) => (
          <PrintMeeting key={m.id} meeting={m} />
        ))}
      </Spin>
    </div>
  );
}
