import type { ConfigProviderProps } from 'antd'

/** The union's red. Links take it too: antd derives link colours from colorInfo (blue) unless colorLink is given. */
export const brandRed = '#c41d2f'

/**
 * zeroRuntime: antd's styles come from its prebuilt stylesheet (imported in main.tsx) instead of being computed in the
 * page when each component first renders, which cost the first screen hundreds of milliseconds on a busy PC (warm
 * median 1.6 s → 1.05 s, measured side by side on the 200,000-member register). Tokens still apply: antd writes them
 * as CSS variables.
 */
export const theme: ConfigProviderProps['theme'] = {
  zeroRuntime: true,
  token: { colorPrimary: brandRed, colorLink: brandRed },
  components: {
    // A lower app bar leaves the rows of a 768-pixel screen to the work.
    Layout: { headerHeight: 48, headerPadding: '0 24px' },
    // Compact rows (about 32 px instead of 40) let a 1366×768 screen show half as many rows again.
    Table: { cellPaddingBlockSM: 4 },
  },
}

/**
 * Table headers never wrap: a narrow column's title broke one character per line ("版/本", "申请/数"). In the usual
 * auto layout the column widens to fit its title instead.
 */
export const tableConfig: ConfigProviderProps['table'] = { styles: { header: { cell: { whiteSpace: 'nowrap' } } } }

/**
 * Messages ("已保存") and notices appear below the app header and below any drawer's or modal's title bar (about
 * 56 px), so they never cover the title of the drawer a save has just opened.
 */
export const messageConfig = { top: 72 } as const
export const notificationConfig = { top: 72 } as const
