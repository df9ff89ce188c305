import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { DiffTable } from '../../../ui/DiffTable';
import { useFieldFormatter } from '../../../ui/useFieldFormatter';
import type { OrgHistoryEntry } from '../api/types';

const KINDS = ['created', 'updated', 'renamed', 'moved', 'dissolved'] as const;

/** What happened to an organisation, newest first. */
export function OrgHistory({ history }: { history: OrgHistoryEntry[] }) {
  const { t } = useTranslation();
  const { fieldLabel, formatValue } = useFieldFormatter();
  if (history.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.noHistory')} />;
  }
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.id,
        title: formatDateTime(h.at),
        content: (
          <>
            <Typography.Text strong>
              {(KINDS as readonly string[]).includes(h.kind)
                ? t(`orgs.historyKinds.${h.kind as (typeof KINDS)[number]}`)
                : h.kind}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t('orgs.by', { name: h.actorName ?? t('orgs.system') })}
            </Typography.Text>
            {/* A creation's "after" is the whole record; the changes are what matter for the rest. */}
            {h.kind !== 'created' ? (
              <div style={{ marginTop: 8 }}>
                <DiffTable
                  before={h.before}
                  after={h.after}
                  fieldLabel={fieldLabel}
                  formatValue={formatValue}
                />
              </div>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
