import { sql, type Kysely } from 'kysely'

/**
 * Head counts by the list's non-range filters, kept by triggers, so a filtered list's total is a sum over a few
 * hundred tally rows instead of a count over 200,000 members. NULL gender / new-form type are stored as '' because
 * a primary key treats NULLs as distinct.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table member_tally (
    org_id text not null,
    status text not null,
    gender text not null,
    is_migrant integer not null,
    new_form_type text not null,
    n integer not null check (n >= 0),
    primary key (org_id, status, gender, is_migrant, new_form_type)
  ) strict`.execute(db)
  const add = (r: 'new' | 'old', delta: '+ 1' | '- 1') => sql.raw(`
    insert or ignore into member_tally values (${r}.org_id, ${r}.status, coalesce(${r}.gender, ''), ${r}.is_migrant, coalesce(${r}.new_form_type, ''), 0);
    update member_tally set n = n ${delta} where org_id = ${r}.org_id and status = ${r}.status and gender = coalesce(${r}.gender, '')
      and is_migrant = ${r}.is_migrant and new_form_type = coalesce(${r}.new_form_type, '');`)
  await sql`create trigger member_tally_insert after insert on member begin ${add('new', '+ 1')} end`.execute(db)
  await sql`create trigger member_tally_delete after delete on member begin ${add('old', '- 1')} end`.execute(db)
  await sql`create trigger member_tally_update after update of org_id, status, gender, is_migrant, new_form_type on member begin ${add('old', '- 1')} ${add('new', '+ 1')} end`.execute(db)
  await sql`insert into member_tally select org_id, status, coalesce(gender, ''), is_migrant, coalesce(new_form_type, ''), count(*) from member group by 1, 2, 3, 4, 5`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger member_tally_update`.execute(db)
  await sql`drop trigger member_tally_delete`.execute(db)
  await sql`drop trigger member_tally_insert`.execute(db)
  await sql`drop table member_tally`.execute(db)
}
