import { POINT_CATEGORIES } from '@zhibu/shared';
import { Alert, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { PersonPoints, PointBalanceView } from '../api/types';
import { formatPoints } from './format';

const CATEGORIES = { items: POINT_CATEGORIES };

type Props = { ruleSet: NonNullable<PersonPoints['ruleSet']>; balance: PointBalanceView };

/** The period's number: total, base, 加分, 扣分, a veto, and how it adds up line by line. */
export function BalanceCard({ ruleSet, balance }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card
      size="small"
      title={t('points.balance.title')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('points.balance.ruleSet', { name: ruleSet.name, version: ruleSet.version })}
        </Typography.Text>
      }
      data-testid="balance-card"
    >
      <Flex vertical gap={12}>
        {balance.vetoed ? (
          <Alert
            type="error"
            showIcon
            title={t('points.balance.vetoed')}
            description={balance.vetoItems.map((v) => `${v.title}（${v.occurredOn}）`).join('；')}
          />
        ) : null}
        <Row gutter={[12, 12]}>
          <Col xs={12} sm={6}>
            <Statistic
              title={t('points.balance.total')}
              value={formatPoints(balance.total)}
              data-testid="points-total"
            />
          </Col>
          <Col xs={12} sm={6}>
            <Statistic title={t('points.balance.base')} value={formatPoints(balance.base)} />
          </Col>
          <Col xs={12} sm={6}>
            <Statistic
              title={t('points.balance.positive')}
              value={formatPoints(balance.positive)}
              prefix="+"
            />
          </Col>
          <Col xs={12} sm={6}>
            <Statistic
              title={t('points.balance.negative')}
              value={formatPoints(balance.negative)}
              prefix="−"
            />
          </Col>
        </Row>
        <div>
          <Typography.Text strong>{t('points.balance.lines')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="balance-lines">
            {balance.lines.map((l, i) => (
              <li key={i}>{l[lang]}</li>
            ))}
          </ul>
        </div>
        <div data-testid="category-subtotals">
          <Typography.Text strong>{t('points.balance.categories')}</Typography.Text>
          {balance.categories.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('points.balance.noCategories')}
            </Typography.Paragraph>
          ) : (
            <Flex gap={8} wrap style={{ marginTop: 4 }}>
              {balance.categories.map((c) => (
                <Card key={c.category} size="small" styles={{ body: { padding: '4px 12px' } }}>
                  <Typography.Text>{enumLabel(CATEGORIES, c.category, lang)}</Typography.Text>{' '}
                  {c.positive ? (
                    <Typography.Text type="success">+{formatPoints(c.positive)}</Typography.Text>
                  ) : null}
                  {c.positive && c.negative ? ' ' : null}
                  {c.negative ? (
                    <Typography.Text type="danger">−{formatPoints(c.negative)}</Typography.Text>
                  ) : null}
                  {!c.positive && !c.negative ? <Typography.Text type="secondary">0</Typography.Text> : null}
                </Card>
              ))}
            </Flex>
          )}
        </div>
      </Flex>
    </Card>
  );
}
