import { Card, Col, Flex, Row, Skeleton, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { YearSelect } from '../../../ui/YearSelect';
import { useOrgComplianceQuery } from '../api/org-compliance-query';
import type { OrgCompliance } from '../api/types';
import { ComplianceLegend } from '../components/ComplianceLegend';
import { MeetingStatusTag } from '../components/MeetingStatusTag';
import { MeetingTypeTags } from '../components/MeetingTypeTags';
import { MonthCalendar } from '../components/MonthCalendar';

type Counted = OrgCompliance['meetings'][number];

/** One organisation's year: twelve month calendars and the meetings that counted, with links. */
export function OrgCompliancePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const { orgId } = useParams();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || dayjs().year();
  const data = useOrgComplianceQuery(orgId, year);
  const d = data.data;
  return (
    <>
      <PageHeader
        title={d ? t('compliance.calendarTitle', { org: d.orgName, year }) : t('nav.complianceOrg')}
        extra={
          <YearSelect value={year} onChange={(y) => setSearch({ year: String(y) }, { replace: true })} />
        }
      />
      {data.isError ? <ErrorAlert error={data.error} onRetry={() => void data.refetch()} /> : null}
      {!d ? (
        data.isError ? null : (
          <Card>
            <Skeleton active />
          </Card>
        )
      ) : (
        <Flex vertical gap={16}>
          <ComplianceLegend />
          <Row gutter={[12, 12]}>
            {d.cells.map((c) => (
              <Col key={c.month} xs={24} sm={12} lg={8} xl={6}>
                <MonthCalendar year={year} cell={c} meetings={d.meetings} />
              </Col>
            ))}
          </Row>
          <Card
            title={t('compliance.counted', { count: d.meetings.length })}
            styles={{ body: { padding: isMobile ? 12 : 24 } }}
          >
            <Table<Counted>
              rowKey="id"
              size="small"
              dataSource={d.meetings}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('orglife.meeting.heldOn'), dataIndex: 'heldOn' },
                {
                  title: t('orglife.meeting.title'),
                  dataIndex: 'title',
                  render: (title: string, m) => <Link to={`/orglife/meetings/${m.id}`}>{title}</Link>,
                },
                {
                  title: t('orglife.meeting.types'),
                  key: 'types',
                  render: (_, m) => <MeetingTypeTags types={m.types} />,
                },
                {
                  title: t('orglife.meeting.status'),
                  key: 'status',
                  render: (_, m) => <MeetingStatusTag status={m.status} />,
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
