import { searchKey } from '@mujtama/shared/arabic';
import { TeamRole } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { volunteerTeamMemberRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy, WriteEvent } from '../../common/records';
import { belongsTo } from '../../common/relations';
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
  relations: {
    volunteer: belongsTo(Volunteer, 'volunteerId', 'The volunteer.'),
    team: belongsTo(AssociationEntity, 'teamId', 'The volunteer team.'),
  },
}) {}
