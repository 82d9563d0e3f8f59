import type { WebServer } from '../../electron/server/http-server'
import { testAdmin } from './accounts'

/**
 * Signs in to web mode as a browser tab would (auth.login with the launch token) and returns the headers every later
 * request needs: the token and the session cookie. On a database without accounts this makes testAdmin its
 * administrator (the first run).
 */
export async function signInOverHttp(web: WebServer, who: { name: string; password: string } = testAdmin): Promise<Record<string, string>> {
  const res = await fetch(`${web.url}/api/auth.login`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(who),
  })
  const cookie = res.headers.get('set-cookie')?.split(';')[0]
  if (!res.ok || !cookie) throw new Error(`登录失败：${res.status} ${await res.text()}`)
  return { Authorization: `Bearer ${web.token}`, Cookie: cookie }
}
