import { searchKey } from '@mujtama/shared/arabic';
import type { PersonRole } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { personRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { EnumListType } from '../../common/enum-list.type';
import type { RecordPolicy } from '../../common/records';
import { hasMany } from '../../common/relations';
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
  relations: {
    rosterEntries: hasMany(RosterEntry, 'personId', 'The program rosters the person is on.'),
    coachingEnrollments: hasMany(
      CoachingEnrollment,
      'personId',
      'The person’s enrollments with health-coach clinics.',
    ),
  },
}) {}
