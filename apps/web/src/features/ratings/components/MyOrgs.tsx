import { Card, Divider, Flex, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundDetail } from '../api/types';

/** The organisations the user works on in this round, with their self-assessment and result. */
export function MyOrgs({ round, title }: { round: RoundDetail; title: string }) {
  const { t } = useTranslation();
  const base = `/ratings/rounds/${round.id}/orgs`;
  return (
    <Card size="small" title={title} data-testid="my-orgs">
      {round.myOrgs.length === 0 ? (
        <Typography.Text type="secondary">{t('common.noData')}</Typography.Text>
      ) : null}
      {round.myOrgs.map((o, i) => (
        <Fragment key={o.id}>
          {i > 0 ? <Divider style={{ margin: '8px 0' }} /> : null}
          <Flex justify="space-between" align="center" gap={8} wrap data-testid="my-org">
            <div>
              <Typography.Text strong>{o.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">{o.code}</Typography.Text>{' '}
              {o.canAssess ? <Tag color="blue">{t('ratings.rounds.assessable')}</Tag> : null}
            </div>
            <Flex gap={16}>
              <Link to={`${base}/${o.id}/assessment`}>{t('ratings.rounds.assessment')}</Link>
              <Link to={`${base}/${o.id}`}>{t('ratings.rounds.result')}</Link>
            </Flex>
          </Flex>
        </Fragment>
      ))}
    </Card>
  );
}
