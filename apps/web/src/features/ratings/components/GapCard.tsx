import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { RatingResult } from '../api/types';
import { CriterionStatusTag } from './CriterionStatus';
import { levelText } from './level-text';
import { num } from './rule-summary';

type Props = { result: RatingResult; onTry: (code: string) => void };

/** 距下一等级: the next level, the points short, hard items not met, and the cheapest ways to gain points. */
export function GapCard({ result, onTry }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const gap = result.gap;
  return (
    <Card size="small" title={t('ratings.gap.title')} data-testid="gap-card">
      {!gap || gap.next === null ? (
        <Typography.Text>{t('ratings.gap.top')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>
              {t('ratings.gap.next', {
                label: gap.nextLabel[lang] || levelText(gap.next, lang, result.levels),
              })}
            </Typography.Text>
            {gap.pointsShort > 0 ? (
              <Tag color="orange">{t('ratings.gap.pointsShort', { points: num(gap.pointsShort) })}</Tag>
            ) : (
              <Tag color="green">{t('ratings.gap.pointsEnough')}</Tag>
            )}
          </Flex>
          {gap.failingHard.length > 0 ? (
            <div>
              <Typography.Text type="secondary">{t('ratings.gap.failingHard')}</Typography.Text>
              {gap.failingHard.map((h) => (
                <div key={h.code}>
                  <Typography.Text type="danger">
                    {h.code} {h.title}
                  </Typography.Text>{' '}
                  <CriterionStatusTag status={h.status} />
                </div>
              ))}
            </div>
          ) : null}
          <div>
            <Typography.Text type="secondary">{t('ratings.gap.suggestions')}</Typography.Text>
            {gap.suggestions.length === 0 ? (
              <div>{t('ratings.gap.noSuggestions')}</div>
            ) : (
              gap.suggestions.map((s) => (
                <Flex
                  key={s.code}
                  justify="space-between"
                  align="center"
                  gap={8}
                  data-testid="suggestion"
                  style={{ padding: '4px 0' }}
                >
                  <div>
                    <Typography.Text>
                      {s.code} {s.title}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {s.action[lang]}
                    </Typography.Text>
                  </div>
                  <Flex gap={4} align="center" style={{ flex: 'none' }}>
                    <Tag color="green">{t('ratings.gap.gain', { gain: num(s.gain) })}</Tag>
                    <Button size="small" type="link" onClick={() => onTry(s.code)}>
                      {t('ratings.gap.tryIt')}
                    </Button>
                  </Flex>
                </Flex>
              ))
            )}
          </div>
        </Flex>
      )}
    </Card>
  );
}
