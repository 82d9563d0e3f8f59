import { cliEntry } from '../../scripts/cli-bundle.mjs'

/**
 * Tests spawn `bin/uniondesk.mjs`; a bundle made fresh once here spares each parallel worker rebuilding it on its
 * first spawn after a source changed.
 */
export async function setup(): Promise<void> {
  await cliEntry()
}
