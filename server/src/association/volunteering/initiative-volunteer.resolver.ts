import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { initiativeVolunteerRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { Initiative } from './initiative.entity';
import { InitiativeVolunteer } from './initiative-volunteer.entity';
import {
  CreateInitiativeVolunteerInput,
  InitiativeVolunteerFilter,
  UpdateInitiativeVolunteerInput,
} from './initiative-volunteer.inputs';
import { Volunteer } from './volunteer.entity';

export const initiativeVolunteerPolicy: RecordPolicy<InitiativeVolunteer> = {
  entity: InitiativeVolunteer,
  rules: initiativeVolunteerRules,
  searchKey: (part) => searchKey(part.notes),
};

@Resolver(() => InitiativeVolunteer)
export class InitiativeVolunteerResolver extends crudResolver({
  ...initiativeVolunteerPolicy,
  resource: associationResources.InitiativeVolunteer,
  createInput: CreateInitiativeVolunteerInput,
  updateInput: UpdateInitiativeVolunteerInput,
  filter: InitiativeVolunteerFilter,
  sortable: ['id', 'hours', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    initiative: belongsTo(Initiative, 'initiativeId', 'The initiative.'),
    volunteer: belongsTo(Volunteer, 'volunteerId', 'The volunteer.'),
  },
}) {}
