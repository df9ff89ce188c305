import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type Props = { title: ReactNode; extra?: ReactNode };

/** The title row of a page, with its main actions on the right (wrapping below on phones). */
export function PageHeader({ title, extra }: Props) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
