import { Alert, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgWarning } from '../api/types';
import { useWarningText } from '../hooks/useWarningText';

/** The warnings of one organisation: red ones as errors, yellow ones as notices. */
export function OrgWarningList({ warnings }: { warnings: OrgWarning[] }) {
  const { t } = useTranslation();
  const text = useWarningText();
  if (warnings.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.noWarnings')} />;
  }
  return (
    <Flex vertical gap={8}>
      {warnings.map((w) => {
        const { title, text: body } = text(w);
        return (
          <Alert
            key={w.code}
            type={w.severity === 'red' ? 'error' : 'warning'}
            showIcon
            title={title}
            description={body}
          />
        );
      })}
    </Flex>
  );
}
