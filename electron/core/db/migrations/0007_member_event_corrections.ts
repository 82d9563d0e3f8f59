import { sql, type Kysely } from 'kysely'

/**
 * Issue 13. member_event.date becomes nullable (a roster without a join-date column records 入会 with the date left
 * empty, not today); 转出 records its destination (a union of this office, or free text for one outside); an event
 * entered by mistake is voided (更正), never deleted, so the history keeps both the event and the correction.
 * SQLite cannot drop NOT NULL in place, hence the rebuild; no table references member_event.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table member_event_new (
    id text primary key,
    member_id text not null references member(id),
    org_id text not null references org(id),
    type text not null check (type in ('join','transfer_in','retain','transfer_out','expel','withdraw')),
    date text,
    reason text,
    operator text not null,
    created_at text not null,
    to_org_id text references org(id),
    to_text text,
    voided_at text,
    voided_by text,
    void_reason text,
    check ((voided_at is null) = (void_reason is null))
  ) strict`.execute(db)
  await sql`insert into member_event_new (id, member_id, org_id, type, date, reason, operator, created_at)
    select id, member_id, org_id, type, date, reason, operator, created_at from member_event`.execute(db)
  await sql`drop table member_event`.execute(db)
  await sql`alter table member_event_new rename to member_event`.execute(db)
  await sql`create index member_event_member on member_event(member_id, date, created_at)`.execute(db)
  await sql`create index member_event_org on member_event(org_id, date)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create table member_event_old (
    id text primary key,
    member_id text not null references member(id),
    org_id text not null references org(id),
    type text not null check (type in ('join','transfer_in','retain','transfer_out','expel','withdraw')),
    date text not null,
    reason text,
    operator text not null,
    created_at text not null
  ) strict`.execute(db)
  await sql`insert into member_event_old select id, member_id, org_id, type, coalesce(date, substr(created_at, 1, 10)), reason, operator, created_at
    from member_event where voided_at is null`.execute(db)
  await sql`drop table member_event`.execute(db)
  await sql`alter table member_event_old rename to member_event`.execute(db)
  await sql`create index member_event_member on member_event(member_id, date, created_at)`.execute(db)
  await sql`create index member_event_org on member_event(org_id, date)`.execute(db)
}
