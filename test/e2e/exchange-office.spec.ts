import { createHash, generateKeyPairSync } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copy } from '../../renderer/exchange/copy'
import { keyCardFingerprint, makeKeyCard, parseKeyCard } from '../../electron/core/exchange/key-card'
import { exchangeSchemaVersion, openPackage, sealPackage } from '../../electron/core/exchange/package-format'
import { artifactsDir, expect, test } from './fixtures'
import { Api } from './pages/aid-page'
import { ExchangePage } from './pages/exchange-page'

test.use({ viewport: { width: 1366, height: 768 } })

/** The county federation: its own keys and card, as its copy of the app would make them. */
function federation() {
  const keys = { signing: generateKeyPairSync('ed25519'), encryption: generateKeyPairSync('x25519'), createdAt: '2026-12-01T02:00:00.000Z' }
  return { keys, card: makeKeyCard(keys, { unionName: '临江县总工会', creditCode: null, level: '县（区）总工会' }) }
}

test('上报: import the federation card, generate a package to the USB folder, import its receipt → 已送达', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '青山镇总工会', level: '乡镇总工会' })
  const org = await api.call<{ id: string }>('orgs.save', { name: '青山镇联合工会', type: '联合基层工会' })
  await api.call('members.save', { orgId: org.id, name: '王芳', idNumber: '469023199007150044', joinDate: '2020-01-01' })
  const fed = federation()
  const cardFile = join(webApp.dir, '临江县总工会-密钥卡.json')
  writeFileSync(cardFile, JSON.stringify(fed.card, null, 2))

  await page.goto(webApp.launchUrl)
  const exchange = new ExchangePage(page)
  await exchange.open()
  await expect(page.getByText(copy.upstreamNone)).toBeVisible()
  await exchange.makeKeys()
  await expect(exchange.own().getByLabel(copy.fingerprint)).toBeVisible()

  await exchange.importUpstream(cardFile)
  await expect(page.getByText(copy.upstreamSet('临江县总工会'))).toBeVisible()
  const groups = keyCardFingerprint(fed.card).split(' ')
  await expect(exchange.upstream().getByLabel(copy.fingerprint)).toContainText(groups.slice(0, 4).join('  '))
  await expect(exchange.upstream().getByLabel(copy.fingerprint)).toContainText(groups.slice(4).join('  '))
  await expect(page.getByText(copy.nextFull)).toBeVisible()

  // A folder under a file cannot be made: a Chinese reason, and no package recorded.
  writeFileSync(join(webApp.dir, '文件'), 'x')
  await exchange.generate(join(webApp.dir, '文件', 'U盘'))
  await expect(page.getByText(/上级路径不是文件夹，请换一个位置后重试/)).toBeVisible()
  await expect(exchange.packages()).toHaveCount(0)

  const stick = join(webApp.dir, 'U盘')
  await exchange.generate(stick)
  await expect(exchange.packages()).toHaveCount(1)
  await expect(exchange.packages().first()).toContainText(copy.sequenceLabel(1))
  await expect(exchange.packages().first()).toContainText(copy.stateGenerated)
  const [made] = readdirSync(stick)
  expect(made).toMatch(/^青山镇总工会-上报包-第1号-\d{4}-\d{2}-\d{2}\.udx$/)
  await page.screenshot({ path: join(artifactsDir, 'exchange-office.png') })

  // The federation opens the package and seals its receipt (what its import writes).
  const officeCard = parseKeyCard((await api.call<{ text: string }>('exchange.keyCard', {})).text)
  const opened = openPackage(readFileSync(join(stick, made ?? '')), { recipient: fed, knownSenders: [officeCard] })
  expect(opened.manifest.rowCounts.member).toBe(1)
  const body = { packageSequence: 1, packagePayloadHash: createHash('sha256').update(opened.payload).digest('hex'), outcome: 'merged', inserted: 3, updated: 0, deleted: 0, conflicts: 0, importedAt: '2026-12-02T09:00:00.000Z' }
  const receipt = join(webApp.dir, '回执-青山镇总工会-第1号.udx')
  writeFileSync(receipt, sealPackage({ sender: fed, recipient: officeCard, sequence: 1, createdAt: body.importedAt, schemaVersion: exchangeSchemaVersion, kind: 'receipt', baseSequence: 0, rowCounts: {}, payload: Buffer.from(JSON.stringify(body)) }))

  await exchange.importReceipt(receipt)
  await expect(page.getByText(copy.receiptDone(1))).toBeVisible()
  await expect(exchange.packages().first()).toContainText(copy.stateDelivered)
  await expect(exchange.packages().first()).toContainText(copy.receiptText({ inserted: 3, updated: 0, deleted: 0, conflicts: 0 }))
  await expect(page.getByText(copy.nextIncremental(1))).toBeVisible()
  await page.screenshot({ path: join(artifactsDir, 'exchange-office-delivered.png') })
})

test('上报: while a package is written the page shows how many records it carries and the seconds spent, not a guessed percentage', async ({ page, webApp }) => {
  const api = new Api(page.request, webApp.launchUrl)
  await api.call('profile.save', { name: '青山镇总工会', level: '乡镇总工会' })
  const org = await api.call<{ id: string }>('orgs.save', { name: '青山镇联合工会', type: '联合基层工会' })
  await api.call('members.save', { orgId: org.id, name: '王芳', idNumber: '469023199007150044', joinDate: '2020-01-01' })
  await api.call('exchange.initKeys', {})
  await api.call('exchange.setUpstream', { card: JSON.stringify(federation().card) })
  const { pendingRecords } = await api.call<{ pendingRecords: number }>('exchange.overview', {})
  expect(pendingRecords).toBeGreaterThan(1)

  // Hold the export's reply until the page has shown its indicator for a while (a long export on a real register).
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/exchange.export', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(webApp.launchUrl)
  const exchange = new ExchangePage(page)
  await exchange.open()
  await exchange.generate(join(webApp.dir, 'U盘'))
  const status = exchange.card(copy.generateTitle).getByRole('status')
  await expect(status).toContainText(copy.generating(pendingRecords, 2), { timeout: 10_000 })
  await expect(status).not.toContainText('%')
  await page.screenshot({ path: join(artifactsDir, 'exchange-office-generating.png') })
  release()
  await expect(exchange.packages()).toHaveCount(1)
  await expect(status).toHaveCount(0)
})
