import { Button, Typography } from 'antd'
import { useLogout, useSession } from './api'
import { copy } from './copy'

/** Who is signed in, in the header, with the way out. */
export function SessionMenu() {
  const session = useSession()
  const logout = useLogout()
  const user = session.data?.user
  if (!user) return null
  return (
    <span style={{ marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: 8 }}>
      <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-user">
        {user.name}（{user.roleName}）
      </Typography.Text>
      <Button size="small" ghost onClick={() => logout.mutate()} loading={logout.isPending}>
        {copy.logout}
      </Button>
    </span>
  )
}
