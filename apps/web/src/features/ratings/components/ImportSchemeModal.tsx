import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFieldRules } from '../../../ui/field-rules';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useImportSchemeMutation } from '../api/import-scheme-mutation';
import { ProblemAlert } from './ProblemAlert';

/** 导入: a catalogue from an .xlsx workbook (the export format) or a .json document. */
export function ImportSchemeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ scopeOrgId: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const upload = useImportSchemeMutation();
  const submit = ({ scopeOrgId }: { scopeOrgId: string }) => {
    if (!file) return setFileMissing(true);
    upload.mutate(
      { scopeOrgId, file },
      {
        onSuccess: ({ id }) => {
          void message.success(t('ratings.schemes.imported'));
          onClose();
          void navigate(`/ratings/schemes/${id}`);
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('ratings.schemes.importTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ratings.schemes.import')}
      cancelText={t('common.cancel')}
      confirmLoading={upload.isPending}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <ProblemAlert error={upload.error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="scopeOrgId"
          label={t('ratings.schemes.scopeOrg')}
          rules={[rules.requiredChoice(t('ratings.schemes.scopeOrg'))]}
        >
          <OrgTreeSelect placeholder={t('common.select')} />
        </Form.Item>
        <Form.Item
          label={t('fields.file')}
          required
          validateStatus={fileMissing ? 'error' : undefined}
          help={fileMissing ? t('ratings.schemes.noFile') : t('ratings.schemes.importHint')}
        >
          <Upload
            accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setFileMissing(false);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />}>{t('ratings.schemes.chooseFile')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
