import { createReadStream, readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { openSheet } from '../../electron/core/members/read-sheet'
import { idCheckChar } from '../../shared/identity/id-number'
import { templateColumns } from '../../shared/members/columns'

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '吴', '周']
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红梅文辉'

/** 100,000 rows × the 20 template columns, written with exceljs's streaming writer, every cell text as clerks keep it. */
export async function writeImportFile(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false })
  const ws = wb.addWorksheet('会员信息')
  ws.addRow(templateColumns.map((c) => c.header)).commit()
  for (let i = 0; i < rows; i++) {
    // 100 birth dates × 1,000 sequence numbers: every ID in the file is distinct.
    const k = Math.floor(i / 1000)
    const birth = `19${String(60 + (k % 40))}${String(1 + (k % 12)).padStart(2, '0')}${String(1 + (k % 28)).padStart(2, '0')}`
    const first17 = `${['469023', '460400', '110105', '440305'][k % 4]}${birth}${String(i % 1000).padStart(3, '0')}`
    const id = first17 + idCheckChar(first17)
    const male = Number(first17.charAt(16)) % 2 === 1
    ws.addRow([
      String(i + 1), `${SURNAMES[i % 10]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`, male ? '男' : '女',
      `${birth.slice(0, 4)}/${birth.slice(4, 6)}/${birth.slice(6)}`, '汉族', '在岗', '居民身份证', id, '高中', '', `138${String(i).padStart(8, '0')}`,
      '农业', '海南省澄迈县', '入会', '2020/03/07', '', '群众', `单位${i % 300}`, '海南澄迈', i % 3 ? '否' : '是',
    ]).commit()
  }
  await wb.commit()
}

/** Every row of the file through the import's own reader (electron/core/members/xlsx), nothing else. */
export async function readOnly(path: string): Promise<number> {
  const sheet = await openSheet({ fileName: 'import-100k.xlsx', contentBase64: readFileSync(path).toString('base64') })
  let n = 0
  for await (const _row of sheet.rows) n++
  return n
}

/** The same with exceljs's streaming reader, which the import used before issue 10: the figure to keep or beat. */
export async function readOnlyExceljs(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' })
  let n = 0
  for await (const ws of reader) for await (const _row of ws) n++
  return n
}
