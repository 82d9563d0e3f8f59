import { aidBench } from './aid.bench'
import { cliStartBench } from './cli-start.bench'
import { congressBench } from './congress.bench'
import { contractsBench } from './contracts.bench'
import { membersExportBench } from './export.bench'
import { exchangeOfficeBench } from './exchange-office.bench'
import { federationImportBench } from './federation-import.bench'
import { federationViewsBench } from './federation-views.bench'
import { firstScreenBench } from './first-screen.bench'
import { foundationBench } from './foundation.bench'
import { membersImportBench, membersSearchBench } from './members.bench'
import { printBench } from './print.bench'
import { statisticsBench } from './statistics.bench'
import { workbenchBench } from './workbench.bench'
import { testAdmin } from '../helpers/accounts'
import { formatRow, type Bench } from './report'

// Every CLI the benches spawn signs in (issue 14); the first sign-in on a bench's new database creates this account.
process.env.UNIONDESK_USER ??= testAdmin.name
process.env.UNIONDESK_PASSWORD ??= testAdmin.password

/** `npm run bench [名称…]`: runs the benches (all, or those whose title is named) and prints one table. */
const benches: Bench[] = [foundationBench, printBench, membersImportBench, membersSearchBench, membersExportBench, aidBench, congressBench, contractsBench, cliStartBench, firstScreenBench, workbenchBench, statisticsBench, federationImportBench, federationViewsBench, exchangeOfficeBench]

const wanted = process.argv.slice(2)
const selected = wanted.length ? benches.filter((b) => wanted.includes(b.title)) : benches
console.log(`基层工会工作台 性能测试  Node ${process.version}  ${new Date().toISOString()}`)
for (const bench of selected) {
  console.log(`\n【${bench.title}】`)
  for (const row of await bench.run()) console.log(formatRow(row))
}
