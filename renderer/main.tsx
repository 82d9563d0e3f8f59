import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
// antd's prebuilt styles: the theme runs with zeroRuntime (see app/theme.ts).
import 'antd/dist/antd.css'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { App } from './app/App'
import { messageConfig, notificationConfig, tableConfig, theme } from './app/theme'
import { ReplyWarnings } from './ui/ReplyWarnings'
import { SlowCallHint } from './ui/SlowCallHint'

dayjs.locale('zh-cn')

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })
const root = document.getElementById('root')
if (!root) throw new Error('页面缺少根节点')

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={theme} table={tableConfig}>
      <AntApp message={messageConfig} notification={notificationConfig}>
        <ReplyWarnings />
        <SlowCallHint />
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <App />
          </HashRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
)
