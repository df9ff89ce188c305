import { Alert, App, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { downloadPeopleExport } from '../api/export-people-download';
import type { PeopleFilter } from '../api/types';

type Props = { filter: PeopleFilter; count: number; mayUnmask: boolean; onClose: () => void };

/** Exports the filtered roster; full ID and phone numbers only for those allowed to see them. */
export function ExportDialog({ filter, count, mayUnmask, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unmasked, setUnmasked] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setPending(true);
    setError(null);
    try {
      await downloadPeopleExport(filter, mayUnmask && unmasked);
      void message.success(t('common.done'));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal
      open
      title={t('people.exportTitle')}
      okText={t('people.export')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => void run()}
      onCancel={onClose}
    >
      {error ? (
        <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 12 }} />
      ) : null}
      <Typography.Paragraph>{t('people.exportHint', { count })}</Typography.Paragraph>
      {mayUnmask ? (
        <Checkbox checked={unmasked} onChange={(e) => setUnmasked(e.target.checked)}>
          {t('people.exportUnmasked')}
        </Checkbox>
      ) : null}
    </Modal>
  );
}
