import { runCli } from './main'

const code = await runCli(
  process.argv.slice(2),
  (t) => process.stdout.write(`${t}\n`),
  (t) => process.stderr.write(`${t}\n`),
)
process.exitCode = code
