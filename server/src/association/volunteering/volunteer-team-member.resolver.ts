import { searchKey } from '@mujtama/shared/arabic';
import { TeamRole } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { volunteerTeamMemberRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy, WriteEvent } from '../../common/records';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { requireEntityOfKind } from '../common/entity-kind';
import { Volunteer } from './volunteer.entity';
import { VolunteerTeamMember } from './volunteer-team-member.entity';
import {
  CreateVolunteerTeamMemberInput,
  UpdateVolunteerTeamMemberInput,
  VolunteerTeamMemberFilter,
} from './volunteer-team-member.inputs';

async function checkTeam({ em, changes, merged }: WriteEvent<VolunteerTeamMember>) {
  if ('teamId' in changes) await requireEntityOfKind(em, merged.teamId!, ['VOLUNTEER_TEAM'], 'teamId');
}

export const volunteerTeamMemberPolicy: RecordPolicy<VolunteerTeamMember> = {
  entity: VolunteerTeamMember,
  rules: volunteerTeamMemberRules,
  searchKey: (member) => searchKey(member.role && TeamRole.labels[member.role].ar),
  beforeWrite: checkTeam,
};

@Resolver(() => VolunteerTeamMember)
export class VolunteerTeamMemberResolver extends crudResolver({
  ...volunteerTeamMemberPolicy,
  resource: associationResources.VolunteerTeamMember,
  createInput: CreateVolunteerTeamMemberInput,
  updateInput: UpdateVolunteerTeamMemberInput,
  filter: VolunteerTeamMemberFilter,
  sortable: ['id', 'role', 'since', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
}) {
  @FieldResolver(() => Volunteer, { description: 'The volunteer.' })
  volunteer(@Parent() member: VolunteerTeamMember, @Ctx() ctx: Context) {
    return ctx.loaders.one(Volunteer, member.volunteerId);
  }

  @FieldResolver(() => AssociationEntity, { description: 'The volunteer team.' })
  team(@Parent() member: VolunteerTeamMember, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationEntity, member.teamId);
  }
}
