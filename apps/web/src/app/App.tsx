import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

// Party red as the primary colour; everything else derives from Ant Design's tokens.
const THEME = { token: { colorPrimary: '#c8102e', borderRadius: 6 } };

// Ant Design's <App> (message, modal and notification hooks) wraps the lazily loaded shell and
// pages, not this root: the login page does not need them and stays small.
export function App() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <ConfigProvider locale={i18n.language.startsWith('en') ? enUS : zhCN} theme={THEME}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
