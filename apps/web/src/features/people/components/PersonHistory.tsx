import { Empty, Timeline, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { DiffTable } from '../../../ui/DiffTable';
import { useFieldFormatter } from '../../../ui/useFieldFormatter';
import type { PersonHistoryEntry } from '../api/types';

const KINDS = ['created', 'updated', 'status_changed', 'transferred', 'imported'] as const;
const ID_FIELDS = new Set(['orgNodeId', 'partyGroupId', 'businessUnitId']);

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' ? { ...(v as Record<string, unknown>) } : {};
}

/** A transfer records the old organisation's name but only the new one's id: show both as names. */
function transferAsNames(h: PersonHistoryEntry, names: ReadonlyMap<string, string>) {
  const before = asRecord(h.before);
  const after = asRecord(h.after);
  if (typeof after.orgNodeId === 'string') after.orgName = names.get(after.orgNodeId) ?? '';
  if (typeof before.orgNodeId === 'string' && !before.orgName) {
    before.orgName = names.get(before.orgNodeId) ?? '';
  }
  delete before.orgNodeId;
  delete after.orgNodeId;
  return { before, after };
}

type Props = {
  history: PersonHistoryEntry[];
  /** Names for organisation and unit ids in the changes, when the viewer may read the tree. */
  names: ReadonlyMap<string, string>;
};

/** The person's change history as a timeline; each change lists the fields before and after. */
export function PersonHistory({ history, names }: Props) {
  const { t } = useTranslation();
  const { fieldLabel, formatValue } = useFieldFormatter();
  const format = useCallback(
    (field: string, value: unknown) => {
      // Ids mean nothing to a reader: show the name, or nothing when it is unknown here.
      if (ID_FIELDS.has(field) && typeof value === 'string') return names.get(value) ?? '';
      return formatValue(field, value);
    },
    [formatValue, names],
  );
  if (history.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.noHistory')} />;
  }
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.id,
        title: formatDateTime(h.at),
        color: h.kind === 'transferred' || h.kind === 'status_changed' ? 'red' : 'blue',
        content: (
          <>
            <Typography.Text strong>
              {(KINDS as readonly string[]).includes(h.kind)
                ? t(`people.historyKinds.${h.kind as (typeof KINDS)[number]}`)
                : h.kind}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {[
                h.actorName ? t('orgs.by', { name: h.actorName }) : null,
                h.effectiveOn ? t('people.effective', { date: h.effectiveOn }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            {h.note ? (
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>{h.note}</Typography.Paragraph>
            ) : null}
            {h.kind !== 'created' && h.kind !== 'imported' ? (
              <div style={{ marginTop: 8 }}>
                <DiffTable
                  {...(h.kind === 'transferred'
                    ? transferAsNames(h, names)
                    : { before: h.before, after: h.after })}
                  fieldLabel={fieldLabel}
                  formatValue={format}
                />
              </div>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
