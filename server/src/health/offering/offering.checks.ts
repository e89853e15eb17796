import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ProgramKind } from '@mujtama/shared/enums';
import type { BaseRecord } from '../../common/base.entity';
import { invalidField } from '../../common/errors';
import { requireRow } from '../../common/records';
import { ProgramOffering } from './offering.entity';

/** The offering with this id, which must run program `kind`; otherwise BAD_USER_INPUT on `offeringId`. */
export async function requireOfferingOfKind(
  em: EntityManager,
  offeringId: number,
  kind: ProgramKind,
): Promise<ProgramOffering> {
  const offering = await requireRow(em, ProgramOffering, offeringId);
  if (offering.kind !== kind) {
    throw invalidField(
      'offeringId',
      `Must be an offering of the ${ProgramKind.labels[kind].en} program, not ${ProgramKind.labels[offering.kind].en}`,
      `يجب أن يكون من برنامج «${ProgramKind.labels[kind].ar}» لا «${ProgramKind.labels[offering.kind].ar}»`,
    );
  }
  return offering;
}

interface OfferingChild {
  id: number;
  offeringId: number;
}

/**
 * Whether an update moves a record to another offering while `referrer` records still point at it;
 * they belong to the old offering (its roster, its team), so the move would split them.
 */
export async function movesWhileReferred<R extends BaseRecord>(
  em: EntityManager,
  existing: OfferingChild | null,
  merged: Partial<OfferingChild>,
  referrer: EntityClass<R>,
  foreignKey: keyof R & string,
): Promise<boolean> {
  if (!existing || existing.offeringId === merged.offeringId) return false;
  return (await em.count(referrer, { [foreignKey]: existing.id } as FilterQuery<R>)) > 0;
}
