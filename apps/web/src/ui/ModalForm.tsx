import { Alert, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';
import { useServerIssues } from './useServerIssues';

type Props<V> = {
  title: ReactNode;
  form: FormInstance<V>;
  onSubmit: (values: V) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  initialValues?: Partial<V>;
  okText?: string;
  width?: number;
  children: ReactNode;
};

/**
 * A dialog holding one form: OK submits, server field errors land on their fields, anything else
 * is shown above the form. Mount it only while open so every opening starts fresh.
 */
export function ModalForm<V extends object>(p: Props<V>) {
  const { t } = useTranslation();
  const placed = useServerIssues(p.form, p.error);
  return (
    <Modal
      open
      title={p.title}
      onCancel={p.onClose}
      onOk={() => p.form.submit()}
      okText={p.okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={p.pending}
      width={p.width ?? 560}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {p.error && !placed ? (
        <Alert type="error" showIcon title={errorText(p.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form
        form={p.form}
        layout="vertical"
        initialValues={p.initialValues}
        onFinish={p.onSubmit}
        scrollToFirstError
      >
        {p.children}
      </Form>
    </Modal>
  );
}
