import { theme } from 'antd';
import type { CSSProperties } from 'react';
import type { CellStatus } from '../api/types';

/** Background and border of a compliance cell, from the theme's status colours. */
export function useCellColors(): (s: CellStatus) => CSSProperties {
  const { token } = theme.useToken();
  return (s) => {
    switch (s) {
      case 'green':
        return {
          background: token.colorSuccessBg,
          borderColor: token.colorSuccessBorder,
          color: token.colorSuccess,
        };
      case 'yellow':
        return {
          background: token.colorWarningBg,
          borderColor: token.colorWarningBorder,
          color: token.colorWarning,
        };
      case 'red':
        return {
          background: token.colorErrorBg,
          borderColor: token.colorErrorBorder,
          color: token.colorError,
        };
      case 'future':
        return {
          background: token.colorFillQuaternary,
          borderColor: token.colorBorderSecondary,
          color: token.colorTextQuaternary,
        };
      case 'none':
        return {
          background: 'transparent',
          borderColor: token.colorBorderSecondary,
          color: token.colorTextQuaternary,
        };
    }
  };
}
