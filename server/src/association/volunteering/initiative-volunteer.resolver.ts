import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { initiativeVolunteerRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
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
}) {
  @FieldResolver(() => Initiative, { description: 'The initiative.' })
  initiative(@Parent() part: InitiativeVolunteer, @Ctx() ctx: Context) {
    return ctx.loaders.one(Initiative, part.initiativeId);
  }

  @FieldResolver(() => Volunteer, { description: 'The volunteer.' })
  volunteer(@Parent() part: InitiativeVolunteer, @Ctx() ctx: Context) {
    return ctx.loaders.one(Volunteer, part.volunteerId);
  }
}
