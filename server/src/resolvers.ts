import { HealthCenterResolver } from './health/center/center.resolver';
import { DistrictResolver } from './health/district/district.resolver';
import { ProgramOfferingResolver } from './health/offering/offering.resolver';
import { PersonResolver } from './health/person/person.resolver';
import { RosterEntryResolver } from './health/roster/roster.resolver';

export const resolvers = [
  DistrictResolver,
  HealthCenterResolver,
  ProgramOfferingResolver,
  PersonResolver,
  RosterEntryResolver,
] as const;
