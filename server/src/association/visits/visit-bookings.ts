import type { EntityManager } from '@mikro-orm/knex';
import { sqlRows } from '../common/sql';

/** One entity taking part in a visit on a date, as host or visitor. */
export interface Booking {
  entityId: number;
  date: string;
  visitId: number;
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * The visits (not cancelled, not trashed) that the given entities take part in on the given dates,
 * leaving out `exceptVisitId`: what "booked" means for the one-visit-per-day rule.
 */
export async function bookingsOf(
  em: EntityManager,
  entityIds: readonly number[],
  dates: readonly string[],
  exceptVisitId: number | null = null,
): Promise<Booking[]> {
  if (!entityIds.length || !dates.length) return [];
  const visits = `v.deleted_at is null and v.status <> 'CANCELLED' and v.id <> ? and v.scheduled_on in (${placeholders(dates)})`;
  const rows = await sqlRows<{ entity_id: number; day: string; visit_id: number }>(
    em,
    `select v.host_entity_id as entity_id, v.scheduled_on as day, v.id as visit_id from visit v
     where ${visits} and v.host_entity_id in (${placeholders(entityIds)})
     union all
     select p.entity_id, v.scheduled_on, v.id from visit_participant p join visit v on v.id = p.visit_id
     where p.deleted_at is null and ${visits} and p.entity_id in (${placeholders(entityIds)})`,
    [exceptVisitId ?? 0, ...dates, ...entityIds, exceptVisitId ?? 0, ...dates, ...entityIds],
  );
  return rows.map((row) => ({
    entityId: Number(row.entity_id),
    date: String(row.day).slice(0, 10),
    visitId: Number(row.visit_id),
  }));
}
