import type { EntityManager } from '@mikro-orm/knex';
import { AssociationEntityKind } from '@mujtama/shared/enums';
import { invalidField } from '../../common/errors';
import { requireRow } from '../../common/records';
import { AssociationEntity } from '../association-entity/association-entity.entity';

/** The entity `id` names, which must be of one of `kinds` (BAD_USER_INPUT on `field` otherwise). */
export async function requireEntityOfKind(
  em: EntityManager,
  id: number,
  kinds: readonly AssociationEntityKind[],
  field: string,
): Promise<AssociationEntity> {
  const entity = await requireRow(em, AssociationEntity, id);
  if (!kinds.includes(entity.kind)) {
    const en = kinds.map((kind) => AssociationEntityKind.labels[kind].en.toLowerCase()).join(' or ');
    const ar = kinds.map((kind) => AssociationEntityKind.labels[kind].ar).join(' أو ');
    throw invalidField(field, `«${entity.nameAr}» is not a ${en}`, `«${entity.nameAr}» ليس ${ar}`);
  }
  return entity;
}
