import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CellStatus } from '../api/types';
import { useCellColors } from '../hooks/useCellColors';

const ORDER: CellStatus[] = ['green', 'yellow', 'red', 'future', 'none'];

export function ComplianceLegend() {
  const { t } = useTranslation();
  const colors = useCellColors();
  return (
    <Flex gap={12} wrap align="center">
      {ORDER.map((s) => (
        <Flex key={s} gap={4} align="center">
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 14,
              height: 14,
              border: '1px solid',
              borderRadius: 3,
              ...colors(s),
            }}
          />
          <Typography.Text type="secondary">{t(`compliance.status.${s}`)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
