import { associationResources } from '@mujtama/shared/resources';
import { visitGroupMemberRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { requireEntityOfKind } from '../common/entity-kind';
import { scalar } from '../common/sql';
import { VisitGroup } from './visit-group.entity';
import { VisitGroupMember } from './visit-group-member.entity';
import {
  CreateVisitGroupMemberInput,
  UpdateVisitGroupMemberInput,
  VisitGroupMemberFilter,
} from './visit-group-member.inputs';

/** Groups are made of neighborhood centers, each in one group of a program; new members go last. */
async function checkMember({ em, changes, merged, existing }: WriteEvent<VisitGroupMember>) {
  if ('entityId' in changes || 'groupId' in changes) {
    const center = await requireEntityOfKind(em, merged.entityId!, ['NEIGHBORHOOD_CENTER'], 'entityId');
    const group = await requireRow(em, VisitGroup, merged.groupId!);
    const elsewhere = await scalar(
      em,
      `select count(*) from visit_group_member m join visit_group g on g.id = m.group_id
       where m.entity_id = ? and g.program_id = ? and m.id <> ? and m.deleted_at is null and g.deleted_at is null`,
      [center.id, group.programId, existing?.id ?? 0],
    );
    if (elsewhere) {
      throw invalidField(
        'entityId',
        `«${center.nameAr}» is already in a group of this program`,
        `«${center.nameAr}» ضمن مجموعة أخرى في هذا البرنامج`,
      );
    }
  }
  if (merged.position == null) {
    const last = await scalar(
      em,
      'select coalesce(max(position), 0) from visit_group_member where group_id = ?',
      [merged.groupId],
    );
    changes.position = merged.position = last + 1;
  }
}

export const visitGroupMemberPolicy: RecordPolicy<VisitGroupMember> = {
  entity: VisitGroupMember,
  rules: visitGroupMemberRules,
  searchKey: () => '',
  beforeWrite: checkMember,
};

@Resolver(() => VisitGroupMember)
export class VisitGroupMemberResolver extends crudResolver({
  ...visitGroupMemberPolicy,
  resource: associationResources.VisitGroupMember,
  createInput: CreateVisitGroupMemberInput,
  updateInput: UpdateVisitGroupMemberInput,
  filter: VisitGroupMemberFilter,
  sortable: ['id', 'position', 'createdAt', 'updatedAt'],
  defaultOrder: { position: 'asc' },
  relations: {
    group: belongsTo(VisitGroup, 'groupId', 'The group.'),
    entity: belongsTo(AssociationEntity, 'entityId', 'The neighborhood center.'),
  },
}) {}
