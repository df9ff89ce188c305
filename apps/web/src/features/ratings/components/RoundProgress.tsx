import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundDetail, SubmissionStatus } from '../api/types';

const ORDER: SubmissionStatus[] = ['draft', 'submitted', 'returned', 'reviewed'];

/** Where the round's work stands: organisations rated, self-assessments by status, results. */
export function RoundProgress({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('ratings.rounds.progress')} data-testid="round-progress">
      <Row gutter={[16, 16]}>
        <Col xs={12} sm={8} lg={4}>
          <Statistic title={t('ratings.rounds.orgCount')} value={round.orgCount} />
        </Col>
        {ORDER.map((s) => (
          <Col key={s} xs={12} sm={8} lg={4}>
            <Statistic title={t(`ratings.submissionStatus.${s}`)} value={round.submissions[s] ?? 0} />
          </Col>
        ))}
        <Col xs={12} sm={8} lg={4} data-testid="round-results">
          <Statistic
            title={t('ratings.rounds.results')}
            value={round.results}
            suffix={`/ ${round.orgCount}`}
          />
        </Col>
      </Row>
    </Card>
  );
}
