import { Alert, Col, Descriptions, Empty, Flex, List, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchView } from '../api/types';
import { useTalentLabels } from './labels';
import { RadarChart } from './RadarChart';

/** A person against a portrait: the score, the radar, why, what holds them back, and the scores behind it. */
export function MatchPanel({ view }: { view: MatchView }) {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const m = view.match;
  return (
    <Flex vertical gap={16} data-testid="talent-match">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} md={10}>
          <Flex vertical gap={12}>
            <Statistic
              title={t('talent.match.score')}
              value={m.score}
              precision={2}
              data-testid="match-score"
            />
            <div>
              {m.qualified ? (
                <Tag color="success">{t('talent.match.qualified')}</Tag>
              ) : (
                <Tag color="warning">{t('talent.match.notQualified')}</Tag>
              )}
              {m.unscored.length > 0 ? (
                <Tag>{t('talent.match.unscored', { count: m.unscored.length })}</Tag>
              ) : null}
            </div>
            {m.gateFailures.length > 0 ? (
              <Alert
                type="error"
                showIcon
                title={t('talent.match.gates')}
                description={m.gateFailures.map((g) => (
                  <div key={g.code}>
                    {t('talent.match.gateLine', { title: g.title, min: g.min, score: g.score ?? '—' })}
                  </div>
                ))}
              />
            ) : null}
            {m.missingCertificates.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                title={t('talent.match.missing')}
                description={m.missingCertificates.map((c) => (
                  <div key={c.requirement.name}>{l.text(c.explanation)}</div>
                ))}
                data-testid="match-missing"
              />
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} md={14}>
          <RadarChart points={m.radar} title={t('talent.match.radar', { title: view.portrait.title })} />
        </Col>
      </Row>
      <div>
        <Typography.Title level={5}>{t('talent.match.explanation')}</Typography.Title>
        <List
          size="small"
          dataSource={m.explanation}
          renderItem={(e, i) => <List.Item key={i}>{l.text(e)}</List.Item>}
          data-testid="match-explanation"
        />
      </div>
      {view.scores.length > 0 ? (
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={view.scores}
          columns={[
            { title: t('talent.portrait.indicator'), dataIndex: 'title' },
            { title: t('talent.scores.score'), dataIndex: 'score' },
            { title: t('talent.scores.scoredOn'), dataIndex: 'scoredOn' },
            { title: t('talent.scores.scoredBy'), dataIndex: 'scoredBy' },
            { title: t('talent.scores.note'), dataIndex: 'note' },
          ]}
        />
      ) : (
        <Empty description={t('talent.scores.none')} />
      )}
    </Flex>
  );
}

/** What the default tier criteria say beside the tier the branch assigned. */
export function TierFacts({ view }: { view: MatchView }) {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const { decision, assigned } = view.tier;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('talent.tier.current')}>
        {assigned ? (
          <span data-testid="tier-current">
            <Tag color="red">{l.tier(assigned.tier)}</Tag>
            {`${assigned.assignedOn} ${assigned.reason}`}
          </span>
        ) : (
          t('talent.tier.none')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('talent.tier.suggested')}>
        {decision.tier ? <Tag>{l.tier(decision.tier)}</Tag> : t('talent.tier.none')}
        {decision.explanation.map((e, i) => (
          <div key={i}>{l.text(e)}</div>
        ))}
      </Descriptions.Item>
    </Descriptions>
  );
}
