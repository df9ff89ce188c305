import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useFieldFormatter } from '../../../ui/useFieldFormatter';
import { downloadImportReport } from '../api/import-report-download';
import type { ImportBatch } from '../api/types';

type Props = {
  batch: ImportBatch;
  onReupload: () => void;
  onConfirm: () => void;
  confirming: boolean;
  confirmError: unknown;
};

type Row = ImportBatch['errors'][number];

/** The validation result: all clear with a confirm button, or the per-row problems and the report. */
export function ImportReport({ batch, onReupload, onConfirm, confirming, confirmError }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { fieldLabel } = useFieldFormatter();
  const [downloading, setDownloading] = useState(false);
  const valid = batch.state === 'validated' && batch.invalidRows === 0;
  const download = async () => {
    setDownloading(true);
    try {
      await downloadImportReport(batch.id);
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Flex vertical gap={16} data-testid="import-report">
      <Typography.Text type="secondary">
        {t('import.summary', { file: batch.fileName, total: batch.totalRows })}
      </Typography.Text>
      {valid ? (
        <Alert type="success" showIcon title={t('import.allValid', { total: batch.totalRows })} />
      ) : (
        <Alert type="error" showIcon title={t('import.hasErrors', { invalid: batch.invalidRows })} />
      )}
      {confirmError ? <Alert type="error" showIcon title={errorText(confirmError, t)} /> : null}
      {batch.errors.length > 0 ? (
        <Table<Row>
          size="small"
          rowKey={(r) => `${r.rowNo}:${r.field}:${r.message}`}
          dataSource={batch.errors}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('import.rowNo'), dataIndex: 'rowNo', width: 80 },
            { title: t('import.field'), dataIndex: 'field', render: (f: string) => fieldLabel(f) },
            { title: t('import.message'), dataIndex: 'message' },
          ]}
        />
      ) : null}
      <Flex gap={8} wrap>
        {valid ? (
          <Button type="primary" onClick={onConfirm} loading={confirming}>
            {t('import.confirmImport', { total: batch.totalRows })}
          </Button>
        ) : null}
        {batch.invalidRows > 0 ? (
          <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={downloading}>
            {t('import.downloadReport')}
          </Button>
        ) : null}
        <Button icon={<UploadOutlined />} onClick={onReupload}>
          {t('import.reupload')}
        </Button>
      </Flex>
    </Flex>
  );
}
