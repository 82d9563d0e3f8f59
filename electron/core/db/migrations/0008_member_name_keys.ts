import { sql, type Kysely } from 'kysely'

/*
 * Names as a clerk types them (issue 13 item 13): without the middle dot (热依拉阿不都), with a look-alike dot or a
 * space (阿依古丽.买买提), or only the part after the dot (买买提) or after a two-character 复姓 (明月轩 for 欧阳明月轩).
 * Two search keys, written by core with the other search columns (shared/members/name-keys.ts), backfilled here in
 * one UPDATE, each with an index for prefix search.
 *
 * Plain columns, not generated ones: SQLite never reads an index on a VIRTUAL generated column as covering (it reads
 * the row to recompute it), so counting a search's matches would look up every matching row; and ALTER TABLE cannot
 * add a STORED one.
 *
 * Frozen in time like every migration: the separators and the surname list are written out here rather than imported.
 */

/** U+00B7, its look-alikes (domain §4.5), the full stop; and the spaces dropped with them. */
const separators = ['\u00B7', '\u30FB', '\uFF65', '\u2022', '\u2027', '\uFF0E', '.', '\u0387', '\u2219', '\u22C5']
const spaces = [' ', '\u3000', '\u00A0', '\t']

const compoundSurnames = [
  '南宫', '第五', '万俟', '司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台', '公冶', '宗政',
  '濮阳', '淳于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文', '长孙', '慕容', '鲜于', '闾丘', '司徒', '司空', '亓官',
  '司寇', '仉督', '子车', '颛孙', '端木', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '榖梁', '段干', '百里',
  '东郭', '南门', '呼延', '羊舌', '梁丘', '左丘', '东门', '西门', '句龙', '毌丘',
]

// The SQL below is built only from the constants above, never from data.
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`
const dotted = (expr: string) => separators.slice(1).reduce((e, d) => `replace(${e}, ${lit(d)}, '\u00B7')`, expr)
const stripped = (expr: string) => [...spaces, '\u00B7'].reduce((e, d) => `replace(${e}, ${lit(d)}, '')`, dotted(expr))
const firstDot = `instr(${dotted('name')}, '\u00B7')`

const nameKey = stripped('name')
/** After the first dot; else after a 复姓; else null (the given name after a one-character surname is name_rest). */
const nameGiven = `case
  when ${firstDot} > 0 then nullif(${stripped(`substr(${dotted('name')}, ${firstDot} + 1)`)}, '')
  when substr(name, 1, 2) in (${compoundSurnames.map(lit).join(', ')}) and length(name) > 2 then nullif(${stripped('substr(name, 3)')}, '')
  end`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table member add column name_key text not null default ''`.execute(db)
  await sql`alter table member add column name_given text`.execute(db)
  await sql.raw(`update member set name_key = ${nameKey}, name_given = ${nameGiven}`).execute(db)
  await sql`create index member_name_key on member(name_key)`.execute(db)
  // Most names have neither a dot nor a 复姓: the partial index holds only those that do.
  await sql`create index member_name_given on member(name_given) where name_given is not null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index member_name_given`.execute(db)
  await sql`drop index member_name_key`.execute(db)
  await sql`alter table member drop column name_given`.execute(db)
  await sql`alter table member drop column name_key`.execute(db)
}
