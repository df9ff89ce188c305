import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Result, Spin, Steps, Table, Typography, Upload } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/http';
import { errorText } from '../../../ui/error-text';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { downloadCredentialTemplate, useCredentialImportMutation } from '../api/mutations';
import type { ImportProblem, ImportReport } from '../api/types';
import { useTalentLabels } from '../components/labels';

const MAX_BYTES = 5 * 1024 * 1024;
type Step = 'template' | 'upload' | 'report' | 'done';
const STEP_INDEX: Record<Step, number> = { template: 0, upload: 1, report: 2, done: 4 };

type Line = ImportProblem & {
  rowNo: number;
  personName: string | null;
  idNumber: string | null;
  first: boolean;
  span: number;
};

/** One line per problem, the row's number, name and ID number (as the server sends it) spanning its problems. */
function lines(report: ImportReport): Line[] {
  return report.rows.flatMap((r) =>
    r.problems.map((p, i) => ({
      ...p,
      rowNo: r.rowNo,
      personName: r.personName,
      idNumber: r.idNumber,
      first: i === 0,
      span: r.problems.length,
    })),
  );
}

/** 证书导入: template → upload (checked, nothing written) → per-row report → commit, all or nothing. */
export function CredentialImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const l = useTalentLabels();
  const isMobile = useIsMobile();
  const send = useCredentialImportMutation();
  const [step, setStep] = useState<Step>('template');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [downloading, setDownloading] = useState(false);

  const check = (f: File) => {
    setFile(f);
    setReport(null);
    send.mutate(
      { file: f, mode: 'check' },
      {
        onSuccess: (r) => {
          setReport(r);
          setStep('report');
        },
      },
    );
  };

  const commit = () => {
    if (!file) return;
    send.mutate(
      { file, mode: 'commit' },
      {
        onSuccess: (r) => {
          setReport(r);
          setStep('done');
        },
        onError: (err) => {
          // Rows went bad since the check (someone recorded the same credential): the same report, nothing written.
          if (err instanceof ApiError && err.code === 'TALENT_IMPORT_HAS_ERRORS' && err.details) {
            setReport({ ...(err.details as ImportReport), mode: 'commit', committed: false });
          }
        },
      },
    );
  };

  const reupload = () => {
    send.reset();
    setReport(null);
    setStep('upload');
  };

  let body;
  if (step === 'template') {
    body = (
      <Flex vertical gap={16} align="flex-start">
        <Typography.Paragraph>{t('talent.import.templateHint')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={() => {
              setDownloading(true);
              downloadCredentialTemplate()
                .catch((err: unknown) => void message.error(errorText(err, t)))
                .finally(() => setDownloading(false));
            }}
          >
            {t('import.downloadTemplate')}
          </Button>
          <Button onClick={() => setStep('upload')}>{t('import.nextUpload')}</Button>
        </Flex>
      </Flex>
    );
  } else if (step === 'upload') {
    body = (
      <Flex vertical gap={16}>
        {send.error ? <Alert type="error" showIcon title={errorText(send.error, t)} /> : null}
        <Spin spinning={send.isPending}>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            data-testid="credential-upload"
            beforeUpload={(f) => {
              if (!f.name.toLowerCase().endsWith('.xlsx')) void message.error(t('import.onlyXlsx'));
              else if (f.size > MAX_BYTES) void message.error(t('talent.import.uploadLimit'));
              else check(f);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.uploadHint')}</p>
            <p className="ant-upload-hint">{t('talent.import.uploadLimit')}</p>
          </Upload.Dragger>
        </Spin>
      </Flex>
    );
  } else if (step === 'done' && report) {
    body = (
      <Result
        status="success"
        title={t('import.doneTitle')}
        subTitle={t('talent.import.doneText', { created: report.created ?? 0, people: report.people ?? 0 })}
        extra={[
          <Button key="again" onClick={reupload}>
            {t('import.again')}
          </Button>,
        ]}
      />
    );
  } else if (report) {
    const bad = report.invalidRows > 0;
    body = (
      <Flex vertical gap={16} data-testid="credential-report">
        <Typography.Text>
          {t('import.summary', { file: report.fileName, total: report.totalRows })}
        </Typography.Text>
        {bad ? (
          <Alert
            type="error"
            showIcon
            title={t('talent.import.hasErrors', { invalid: report.invalidRows, valid: report.validRows })}
          />
        ) : (
          <Alert type="success" showIcon title={t('import.allValid', { total: report.totalRows })} />
        )}
        {send.error && !(send.error instanceof ApiError && send.error.code === 'TALENT_IMPORT_HAS_ERRORS') ? (
          <Alert type="error" showIcon title={errorText(send.error, t)} />
        ) : null}
        {bad ? (
          <Table<Line>
            size="small"
            bordered
            pagination={false}
            scroll={{ x: true }}
            rowKey={(r) => `${r.rowNo}-${r.key}-${r.code}`}
            dataSource={lines(report)}
            onRow={() => ({ 'data-testid': 'credential-report-row' }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('import.rowNo'),
                dataIndex: 'rowNo',
                render: (n: number) => t('talent.import.row', { row: n }),
                onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
              },
              {
                title: t('fields.name'),
                dataIndex: 'personName',
                onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
              },
              {
                title: t('fields.idNumber'),
                dataIndex: 'idNumber',
                onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
              },
              { title: t('import.field'), dataIndex: 'header' },
              { title: t('talent.import.value'), dataIndex: 'value' },
              { title: t('import.message'), key: 'message', render: (_: unknown, r) => l.text(r.message) },
            ]}
          />
        ) : null}
        <Flex gap={8} wrap>
          <Button onClick={reupload}>{t('import.reupload')}</Button>
          {!bad ? (
            <Button type="primary" loading={send.isPending} onClick={commit}>
              {t('import.confirmImport', { total: report.validRows })}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    );
  }

  return (
    <>
      <PageHeader title={t('talent.import.title')} />
      <Card>
        <Flex vertical gap={24}>
          <Steps
            current={step === 'report' && report?.invalidRows === 0 ? 3 : STEP_INDEX[step]}
            orientation={isMobile ? 'vertical' : 'horizontal'}
            size="small"
            items={(['template', 'upload', 'validate', 'confirm', 'done'] as const).map((k) => ({
              title: t(`import.steps.${k}`),
            }))}
          />
          {body}
        </Flex>
      </Card>
    </>
  );
}
