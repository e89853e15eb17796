import { accessOf } from '@mujtama/shared/access';
import { searchKey } from '@mujtama/shared/arabic';
import { AssociationEntityKind, entityKindsWithCenter } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { associationEntityRules } from '@mujtama/shared/validation';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../common/connection';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { parseId } from '../../common/ids';
import { type RecordPolicy, updateRecord, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { District } from '../../health/district/district.entity';
import { Person } from '../../health/person/person.entity';
import { Activity } from '../activity/activity.entity';
import { requireEntityOfKind } from '../common/entity-kind';
import { ProgramParticipant } from '../program/program-participant.entity';
import { Visit } from '../visits/visit.entity';
import { VisitGroupMember } from '../visits/visit-group-member.entity';
import { Initiative } from '../volunteering/initiative.entity';
import { VolunteerTeamMember } from '../volunteering/volunteer-team-member.entity';
import { AssociationEntity } from './association-entity.entity';
import {
  AssociationEntityFilter,
  BulkUpdateAssociationEntitiesInput,
  CreateAssociationEntityInput,
  UpdateAssociationEntityInput,
} from './association-entity.inputs';

/** Only forums and teams belong to a center, and that center must be a neighborhood center. */
async function checkCenter({ em, merged, existing }: WriteEvent<AssociationEntity>) {
  if (merged.centerId == null) return;
  if (!entityKindsWithCenter.includes(merged.kind!)) {
    throw invalidField(
      'centerId',
      'Only neighborhood forums and volunteer teams belong to a center',
      'التبعية لمركز حي خاصة بمنتديات الأحياء والفرق التطوعية',
    );
  }
  if (merged.centerId === existing?.id) {
    throw invalidField('centerId', 'An entity cannot belong to itself', 'لا يتبع الكيان نفسه');
  }
  await requireEntityOfKind(em, merged.centerId, ['NEIGHBORHOOD_CENTER'], 'centerId');
}

/** A center with forums or teams keeps its kind: they would be left pointing at something else. */
async function checkKindChange({ em, changes, existing }: WriteEvent<AssociationEntity>) {
  if (!existing || !changes.kind || changes.kind === existing.kind || existing.kind !== 'NEIGHBORHOOD_CENTER')
    return;
  const affiliates = await em.count(AssociationEntity, { centerId: existing.id });
  if (affiliates > 0) {
    throw invalidField(
      'kind',
      `${affiliates} forums or teams belong to this center; move them first`,
      `يتبع هذا المركز ${affiliates} من المنتديات أو الفرق؛ انقلها أولًا`,
    );
  }
}

export const associationEntityPolicy: RecordPolicy<AssociationEntity> = {
  entity: AssociationEntity,
  rules: associationEntityRules,
  searchKey: (entity) =>
    searchKey(
      entity.nameAr,
      entity.nameEn,
      entity.kind && AssociationEntityKind.labels[entity.kind].ar,
      entity.address,
    ),
  beforeWrite: async (event) => {
    await checkCenter(event);
    await checkKindChange(event);
  },
};

@Resolver(() => AssociationEntity)
export class AssociationEntityResolver extends crudResolver({
  ...associationEntityPolicy,
  resource: associationResources.AssociationEntity,
  createInput: CreateAssociationEntityInput,
  updateInput: UpdateAssociationEntityInput,
  filter: AssociationEntityFilter,
  filterHandlers: {
    kinds: (kinds: AssociationEntityKind[]) => ({ kind: { $in: kinds } }),
    programId: (id: string) => [
      'e.id in (select p.entity_id from program_participant p where p.program_id = ?)',
      [parseId(id, 'programId')],
    ],
    visitGroupId: (id: string) => [
      'e.id in (select m.entity_id from visit_group_member m where m.group_id = ?)',
      [parseId(id, 'visitGroupId')],
    ],
  },
  sortable: ['id', 'nameAr', 'nameEn', 'kind', 'active', 'createdAt', 'updatedAt'],
  defaultOrder: { nameAr: 'asc' },
  relations: {
    district: belongsTo(District, 'districtId', 'The district the entity serves.', { nullable: true }),
    center: belongsTo(AssociationEntity, 'centerId', 'The neighborhood center a forum or team belongs to.', {
      nullable: true,
    }),
    affiliates: hasMany(
      AssociationEntity,
      'centerId',
      'For a neighborhood center: the forums and volunteer teams that belong to it.',
    ),
    manager: belongsTo(Person, 'managerId', 'The person who manages the entity.', { nullable: true }),
    activities: hasMany(Activity, 'entityId', 'The activities the entity ran.'),
    programs: hasMany(ProgramParticipant, 'entityId', 'The programs the entity takes part in.'),
    visitGroups: hasMany(VisitGroupMember, 'entityId', 'The visit groups a center is in.'),
    hostedVisits: hasMany(Visit, 'hostEntityId', 'The visits the entity hosted or will host.'),
    volunteers: hasMany(VolunteerTeamMember, 'teamId', 'For a volunteer team: its volunteers.'),
    initiatives: hasMany(Initiative, 'teamId', 'For a volunteer team: the initiatives it delivers.'),
  },
}) {
  @Authorized(accessOf('AssociationEntity').write)
  @Mutation(() => [AssociationEntity], {
    description: `Applies the same change to several entities (at most ${MAX_PAGE_SIZE}) in one transaction, each checked as a single update would be; nothing changes if one fails.`,
  })
  updateAssociationEntities(
    @Arg('ids', () => [ID], { description: 'The entities to change.' }) ids: string[],
    @Arg('input', () => BulkUpdateAssociationEntitiesInput, { description: 'The change to apply to each.' })
    input: BulkUpdateAssociationEntitiesInput,
    @Ctx() ctx: Context,
  ): Promise<AssociationEntity[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw invalidField('ids', `At most ${MAX_PAGE_SIZE} at once`, `الحد الأقصى ${MAX_PAGE_SIZE} في المرة`);
    }
    const keys = [...new Set(ids.map((id) => parseId(id, 'ids')))];
    return ctx.em.transactional(async (tx) => {
      const updated: AssociationEntity[] = [];
      for (const id of keys) {
        updated.push(await updateRecord(tx, associationEntityPolicy, id, { ...input }, ctx.actor));
      }
      return updated;
    });
  }
}
