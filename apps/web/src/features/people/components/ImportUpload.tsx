import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Flex, Spin, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { LIMITS } from '@zhibu/shared';

type Props = { onFile: (f: File) => void; pending: boolean; error: unknown };

/** Drag-and-drop for the filled template; the file is sent by us, not by the Upload component. */
export function ImportUpload({ onFile, pending, error }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Flex vertical gap={16}>
      {error ? <Alert type="error" showIcon title={errorText(error, t)} /> : null}
      <Spin spinning={pending}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            if (!file.name.toLowerCase().endsWith('.xlsx')) {
              void message.error(t('import.onlyXlsx'));
            } else if (file.size > LIMITS.importMaxBytes) {
              void message.error(t('import.uploadLimit'));
            } else {
              onFile(file);
            }
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.uploadHint')}</p>
          <p className="ant-upload-hint">{t('import.uploadLimit')}</p>
        </Upload.Dragger>
      </Spin>
    </Flex>
  );
}
