import { searchKey } from '@mujtama/shared/arabic';
import { RosterRole } from '@mujtama/shared/enums';
import { withClient } from './database';

/**
 * A roster entry's search key without notes, per role, as the app builds it (the generator checks
 * this against the app's policy); built here from the shared helpers so that the SQL floor does not
 * load the API's modules.
 */
export const roleSearchKeys = Object.fromEntries(
  RosterRole.keys.map((role) => [role, searchKey(RosterRole.labels[role].ar)]),
) as Record<RosterRole, string>;

const roleKeys = Object.entries(roleSearchKeys)
  .map(([role, key]) => `when '${role}' then '${key}'`)
  .join(' ');

/**
 * What Mujtama's update of a roster entry's notes does, in one statement: the version check, the
 * bump, the new search key (the update notes normalize to themselves) and the audit row. `$1` id,
 * `$2` version, `$3` notes; no row comes back when the version is stale.
 */
export const rosterUpdate = (select: string) => `
  with old as (select * from roster_entry where id = $1::int and deleted_at is null),
  changed as (
    update roster_entry r
       set notes = $3::text, version = r.version + 1, updated_at = now(),
           search_key = concat_ws(' ', case r.role ${roleKeys} end, nullif($3::text, ''))
      from old
     where r.id = old.id and r.version = $2::int
    returning r.*),
  audit as (
    insert into audit_entry (at, action, entity_type, entity_id, before, after, request_id)
    select now(), 'UPDATE', 'RosterEntry', changed.id, to_jsonb(old) - 'search_key',
           to_jsonb(changed) - 'search_key', gen_random_uuid()::text
      from changed cross join old)
  select ${select} from changed`;

/**
 * What the peer needs beyond the tables: the search Mujtama's `q` filter does, as a function it
 * can sort, filter and count, and the checked, audited update as a mutation.
 */
const peerFunctions = [
  `create or replace function search_people(q text) returns setof person language sql stable as $$
     select * from person where deleted_at is null and strpos(search_key, q) > 0 $$`,
  `comment on function search_people(text) is E'@behavior +filter +order'`,
  `create or replace function bench_update_roster_entry(entry_id int, expected_version int, new_notes text)
     returns roster_entry language sql volatile as $$ ${rosterUpdate('changed.*')} $$`,
];

/** Brings the additions in line with this run's options (a kept database may have been run either way). */
export function applyExtras(url: string): Promise<void> {
  return withClient(url, async (client) => {
    for (const statement of peerFunctions) await client.query(statement);
    await client.query('analyze');
  });
}
