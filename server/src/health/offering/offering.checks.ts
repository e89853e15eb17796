import type { EntityManager } from '@mikro-orm/knex';
import { ProgramKind } from '@mujtama/shared/enums';
import { invalidField } from '../../common/errors';
import { requireRow } from '../../common/records';
import { ProgramOffering } from './offering.entity';

/** The offering with this id, which must run program `kind`; otherwise BAD_USER_INPUT on `field`. */
export async function requireOfferingOfKind(
  em: EntityManager,
  offeringId: number,
  kind: ProgramKind,
  field = 'offeringId',
): Promise<ProgramOffering> {
  const offering = await requireRow(em, ProgramOffering, offeringId);
  if (offering.kind !== kind) {
    throw invalidField(
      field,
      `Must be a ${ProgramKind.labels[kind].en} offering, not ${ProgramKind.labels[offering.kind].en}`,
      `يجب أن يكون من برنامج «${ProgramKind.labels[kind].ar}» لا «${ProgramKind.labels[offering.kind].ar}»`,
    );
  }
  return offering;
}
