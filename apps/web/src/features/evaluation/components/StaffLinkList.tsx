import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffLink } from '../api/types';

// On paper only the sheet of links is printed: the app around it is hidden, the links are laid out
// in cells that never break across pages.
const PRINT_CSS = `
@media print {
  body * { visibility: hidden; }
  .evaluation-links, .evaluation-links * { visibility: visible; }
  .evaluation-links { position: absolute; left: 0; top: 0; width: 100%; }
  .evaluation-links .no-print { display: none !important; }
  .evaluation-link { break-inside: avoid; }
}`;

const urlOf = (l: StaffLink) => `${window.location.origin}${l.path}`;

type Props = { links: StaffLink[]; title: string; orgName: string };

/**
 * The staff links just issued, shown once (their plaintext exists nowhere else): each with its QR
 * code, to copy or print as a sheet and hand out. Nothing records who receives which.
 */
export function StaffLinkList({ links, title, orgName }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copyAll = () =>
    navigator.clipboard
      .writeText(links.map(urlOf).join('\n'))
      .then(() => void message.success(t('evaluation.links.copied')))
      .catch(() => undefined);
  return (
    <div className="evaluation-links" data-testid="staff-links">
      <style>{PRINT_CSS}</style>
      <Alert
        className="no-print"
        type="warning"
        showIcon
        title={t('evaluation.links.warning')}
        data-testid="links-warning"
        style={{ marginBottom: 12 }}
      />
      <Flex className="no-print" gap={8} wrap style={{ marginBottom: 12 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('evaluation.links.print')}
        </Button>
        <Button icon={<CopyOutlined />} onClick={() => void copyAll()}>
          {t('evaluation.links.copyAll')}
        </Button>
      </Flex>
      <Flex wrap gap={12}>
        {links.map((l, i) => (
          <Flex
            key={l.token}
            vertical
            align="center"
            gap={4}
            className="evaluation-link"
            data-testid="staff-link"
            style={{ width: 220, padding: 8, border: '1px dashed #d9d9d9', borderRadius: 6 }}
          >
            <Typography.Text strong>
              {i + 1}. {orgName}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 12, textAlign: 'center' }}>{title}</Typography.Text>
            <QRCode value={urlOf(l)} type="svg" size={160} bordered={false} />
            <Typography.Text
              copyable={{ text: urlOf(l) }}
              style={{ fontSize: 11, wordBreak: 'break-all', textAlign: 'center' }}
              data-testid="staff-link-url"
            >
              {urlOf(l)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 11, textAlign: 'center' }}>
              {t('evaluation.links.sheetHint')}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </div>
  );
}
