/** The county summary line of seed 002 (集体合同119份，覆盖职工11447人); exported figures are exact, never "余". */
export function coverageSentence(contracts: number, workers: number): string {
  return `签订集体合同${contracts}份，覆盖职工${workers}人`
}
