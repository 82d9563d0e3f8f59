import type { Core } from '../../electron/core/context'
import { signIn } from '../../electron/core/accounts/sign-in'

/** The administrator tests sign in as: spawned CLIs (cli-helpers.ts), web mode (e2e fixtures, web-login.ts). */
export const testAdmin = { name: '测试管理员', password: 'test-password-1' }

/** Makes testAdmin the administrator of a database without accounts, as its first sign-in does; signs in otherwise. */
export async function createTestAdmin(core: Core): Promise<void> {
  await signIn(core, testAdmin.name, testAdmin.password, 'cli')
}
