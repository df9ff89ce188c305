import { Alert, App, Button, Flex, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePreferencesQuery } from '../api/preferences-query';
import { useSavePreferencesMutation } from '../api/save-preferences-mutation';
import type { NotificationType, Preference } from '../api/types';

type Channel = 'inApp' | 'email';

/**
 * Per type of reminder: shown in the notification centre, and/or sent by e-mail. No reminder is
 * forced on anyone (防治“指尖上的形式主义”). Changes are kept locally until saved.
 */
export function PreferencesForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const prefs = usePreferencesQuery();
  const save = useSavePreferencesMutation();
  const [edits, setEdits] = useState<ReadonlyMap<NotificationType, Partial<Preference>>>(new Map());
  if (prefs.isError) return <ErrorAlert error={prefs.error} onRetry={() => void prefs.refetch()} />;
  const rows = (prefs.data ?? []).map((p) => ({ ...p, ...edits.get(p.type) }));
  const toggle = (type: NotificationType, channel: Channel, on: boolean) =>
    setEdits((prev) => new Map(prev).set(type, { ...prev.get(type), [channel]: on }));
  const column = (channel: Channel, title: string) => ({
    title,
    key: channel,
    render: (_: unknown, p: Preference) => (
      <Switch
        checked={p[channel]}
        onChange={(on) => toggle(p.type, channel, on)}
        aria-label={`${t(`notifications.types.${p.type}`)} ${title}`}
      />
    ),
  });
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('notifications.prefsHint')}</Typography.Text>
      <Table<Preference>
        rowKey="type"
        size="middle"
        loading={prefs.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('notifications.type'),
            key: 'type',
            render: (_, p) => t(`notifications.types.${p.type}`),
          },
          column('inApp', t('notifications.inApp')),
          column('email', t('notifications.email')),
        ]}
      />
      {save.error ? <Alert type="error" showIcon title={errorText(save.error, t)} /> : null}
      <Button
        type="primary"
        style={{ alignSelf: 'flex-start' }}
        loading={save.isPending}
        disabled={edits.size === 0}
        onClick={() =>
          save.mutate(
            rows.map(({ type, inApp, email, sms }) => ({ type, inApp, email, sms })),
            {
              onSuccess: () => {
                setEdits(new Map());
                void message.success(t('notifications.prefsSaved'));
              },
            },
          )
        }
      >
        {t('notifications.savePrefs')}
      </Button>
    </Flex>
  );
}
