import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResultCriterion } from '../api/types';

const SHOWN = 12;

/**
 * The records that counted: meetings and people link to their pages; other records are counted. On a
 * draft whose records changed after the evaluation, a note says to run it again instead.
 */
export function SourceLinks({ sources }: { sources: ResultCriterion['sources'] }) {
  const { t } = useTranslation();
  const { type, ids, changed } = sources;
  if (changed) {
    return (
      <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="sources-changed">
        {t('ratings.result.sourcesChanged')}
      </Typography.Text>
    );
  }
  if (!type || ids.length === 0) return null;
  const route = type === 'meeting' ? '/orglife/meetings/' : type === 'person' ? '/people/' : null;
  const label = (n: number) =>
    type === 'meeting' ? t('ratings.result.meetingN', { n }) : t('ratings.result.personN', { n });
  return (
    <Flex gap={8} wrap align="center" data-testid="sources">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ratings.result.sources')}
      </Typography.Text>
      {route ? (
        <>
          {ids.slice(0, SHOWN).map((id, i) => (
            <Link key={id} to={`${route}${id}`} style={{ fontSize: 12 }}>
              {label(i + 1)}
            </Link>
          ))}
          {ids.length > SHOWN ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('ratings.result.moreSources', { count: ids.length - SHOWN })}
            </Typography.Text>
          ) : null}
        </>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('ratings.result.recordsCount', { count: ids.length })}
        </Typography.Text>
      )}
    </Flex>
  );
}
