import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useDeleteCredentialMutation } from '../api/mutations';
import type { CredentialsView, CredentialView } from '../api/types';
import { AddCredentialModal } from './AddCredentialModal';
import { useTalentLabels } from './labels';

type Props = { data: CredentialsView; manage?: boolean };

/** A person's credentials, newest first, with the summary: held now, highest title and grade, expiring soon. */
export function CredentialsPanel({ data, manage }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const l = useTalentLabels();
  const remove = useDeleteCredentialMutation();
  const [adding, setAdding] = useState(false);
  const s = data.summary;
  const expiring = new Map(s.expiringSoon.map((e) => [e.credential.id, e.daysLeft]));
  const expired = new Set(s.expired.map((c) => c.id));
  const named = (c: CredentialView | null) => (c ? `${c.name}（${l.level(c.level)}）` : t('common.none'));

  return (
    <Flex vertical gap={16}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('talent.credentials.current')}>{s.current}</Descriptions.Item>
        <Descriptions.Item label={t('talent.credentials.highestTitle')}>
          <span data-testid="highest-title">{named(s.highestTitle)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('talent.credentials.highestSkill')}>
          {named(s.highestSkill)}
        </Descriptions.Item>
      </Descriptions>
      {s.expiringSoon.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('talent.credentials.expiringSoon', { count: s.expiringSoon.length })}
          description={s.expiringSoon.map((e) => (
            <div key={e.credential.id}>
              {t('talent.credentials.expiresLine', {
                name: e.credential.name,
                date: e.expiresOn,
                days: e.daysLeft,
              })}
            </div>
          ))}
        />
      ) : null}
      {manage ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('talent.credentials.add')}
          </Button>
        </div>
      ) : null}
      <Table<CredentialView>
        size="small"
        rowKey="id"
        dataSource={data.items}
        pagination={false}
        scroll={{ x: true }}
        rowClassName={() => 'talent-credential'}
        onRow={(c) => ({
          'data-testid': 'talent-credential',
          style: expiring.has(c.id) ? { background: 'rgba(250, 173, 20, 0.12)' } : undefined,
        })}
        columns={[
          {
            title: t('talent.credentials.kind'),
            dataIndex: 'kind',
            render: (k: CredentialView['kind']) => l.kind(k),
          },
          { title: t('talent.credentials.name'), dataIndex: 'name' },
          {
            title: t('talent.credentials.level'),
            dataIndex: 'level',
            render: (v: CredentialView['level']) => l.level(v),
          },
          { title: t('talent.credentials.issuer'), dataIndex: 'issuer' },
          { title: t('talent.credentials.obtainedOn'), dataIndex: 'obtainedOn' },
          {
            title: t('talent.credentials.expiresOn'),
            dataIndex: 'expiresOn',
            render: (v: string | null, c) => (
              <>
                {v ?? t('talent.credentials.noExpiry')}
                {expiring.has(c.id) ? (
                  <Tag color="warning" style={{ marginInlineStart: 8 }}>
                    {t('talent.credentials.daysLeft', { days: expiring.get(c.id) })}
                  </Tag>
                ) : null}
                {expired.has(c.id) ? (
                  <Tag color="error" style={{ marginInlineStart: 8 }}>
                    {t('talent.credentials.expired')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          { title: t('talent.credentials.result'), dataIndex: 'result' },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, c: CredentialView) => (
                    <Popconfirm
                      title={t('talent.credentials.deleteConfirm', { name: c.name })}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync(c.id).then(
                          () => void message.success(t('common.done')),
                          (err: unknown) => void message.error(errorText(err, t)),
                        )
                      }
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding ? <AddCredentialModal personId={data.person.id} onClose={() => setAdding(false)} /> : null}
    </Flex>
  );
}
