import { Flex, Spin } from 'antd';

/** Shown while a lazily loaded page or the session is loading. */
export function PageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240, width: '100%' }}>
      <Spin size="large" />
    </Flex>
  );
}
