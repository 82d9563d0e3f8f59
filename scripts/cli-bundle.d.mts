import type { Metafile } from 'esbuild'

export interface BundleOptions {
  /** Project folder (sources and node_modules); defaults to this repository. */
  root?: string
  /** Output folder relative to root; defaults to dist-cli. */
  outDir?: string
}

export declare const projectRoot: string
export declare function freshBundle(options?: BundleOptions): string | null
export declare function buildCliBundle(options?: BundleOptions & { entry?: string; quiet?: boolean }): Promise<{ entry: string; metafile: Metafile }>
export declare function cliEntry(options?: BundleOptions & { entry?: string }): Promise<{ how: 'bundle' | 'rebuilt' | 'sources'; entry: string | null }>
