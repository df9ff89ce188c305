import { ExperimentOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Empty, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/http';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { downloadReport } from '../api/report-download';
import { useResultQuery } from '../api/result-query';
import { useRoundQuery } from '../api/round-query';
import { CategoryResult } from '../components/CategoryResult';
import { GapCard } from '../components/GapCard';
import { ResultSummary } from '../components/ResultSummary';
import { TrendCard } from '../components/TrendCard';
import { WhatIfDrawer } from '../components/WhatIfDrawer';

/**
 * An organisation's result: total and level with what capped it, every criterion with its explanation
 * and the records that counted, the gap to the next level, a what-if simulation, the report and trend.
 */
export function RatingResultPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roundId = '', orgId = '' } = useParams();
  const result = useResultQuery(roundId, orgId);
  const round = useRoundQuery(roundId);
  const [whatIf, setWhatIf] = useState<{ code?: string } | null>(null);
  const [downloading, setDownloading] = useState(false);
  const assessment = `/ratings/rounds/${roundId}/orgs/${orgId}/assessment`;
  if (result.error instanceof ApiError && result.error.code === 'ROUND_NOT_EVALUATED') {
    return (
      <Empty description={t('ratings.result.notEvaluated')}>
        <Link to={assessment}>
          <Button>{t('ratings.sheet.open')}</Button>
        </Link>
      </Empty>
    );
  }
  if (result.isError) return <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <Skeleton active />;
  const r = result.data;
  const report = () => {
    setDownloading(true);
    downloadReport(roundId, orgId)
      .catch((err: unknown) => void message.error(errorText(err, t)))
      .finally(() => setDownloading(false));
  };
  return (
    <>
      <PageHeader
        title={t('ratings.result.title', { org: r.org.name })}
        extra={
          <>
            <Button type="primary" icon={<ExperimentOutlined />} onClick={() => setWhatIf({})}>
              {t('ratings.result.whatIf')}
            </Button>
            <Button icon={<FileWordOutlined />} loading={downloading} onClick={report}>
              {t('ratings.result.report')}
            </Button>
            <Link to={assessment}>
              <Button>{t('ratings.sheet.open')}</Button>
            </Link>
          </>
        }
      />
      {r.round.status === 'open' ? (
        <Alert
          type="warning"
          showIcon
          title={t('ratings.result.preliminary')}
          description={t('ratings.result.preliminaryText')}
          style={{ marginBottom: 16 }}
          data-testid="preliminary"
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <ResultSummary result={r} />
            {r.categories.map((c) => (
              <CategoryResult key={c.code} category={c} />
            ))}
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            <GapCard result={r} onTry={(code) => setWhatIf({ code })} />
            <TrendCard schemeId={round.data?.schemeId} orgId={orgId} levels={r.levels} />
          </Flex>
        </Col>
      </Row>
      {whatIf ? <WhatIfDrawer result={r} initialCode={whatIf.code} onClose={() => setWhatIf(null)} /> : null}
    </>
  );
}
