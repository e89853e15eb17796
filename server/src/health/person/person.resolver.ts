import { searchKey } from '@mujtama/shared/arabic';
import type { PersonRole } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { personRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { EnumListType } from '../../common/enum-list.type';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { CoachingEnrollment } from '../coaching/coaching.entity';
import { healthScopes } from '../health.scopes';
import { RosterEntry } from '../roster/roster.entity';
import { Person } from './person.entity';
import { CreatePersonInput, PersonFilter, UpdatePersonInput } from './person.inputs';

export const personPolicy: RecordPolicy<Person> = {
  entity: Person,
  scope: healthScopes.person,
  rules: personRules,
  searchKey: (person) => searchKey(person.nameAr, person.nameEn, person.phone, person.email),
};

@Resolver(() => Person)
export class PersonResolver extends crudResolver({
  ...personPolicy,
  resource: healthResources.Person,
  createInput: CreatePersonInput,
  updateInput: UpdatePersonInput,
  filter: PersonFilter,
  filterHandlers: { role: (role: PersonRole) => ({ roles: { $like: EnumListType.containing(role) } }) },
  sortable: ['id', 'nameAr', 'nameEn', 'gender', 'birthYear', 'createdAt', 'updatedAt'],
  defaultOrder: { nameAr: 'asc' },
}) {
  @FieldResolver(() => [RosterEntry], { description: 'The program rosters the person is on.' })
  rosterEntries(@Parent() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.many(RosterEntry, 'personId', person.id);
  }

  @FieldResolver(() => [CoachingEnrollment], {
    description: 'The person’s enrollments with health-coach clinics.',
  })
  coachingEnrollments(@Parent() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.many(CoachingEnrollment, 'personId', person.id);
  }
}
