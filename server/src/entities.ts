import { HealthCenter } from './health/center/center.entity';
import { District } from './health/district/district.entity';
import { ProgramOffering } from './health/offering/offering.entity';
import { Person } from './health/person/person.entity';
import { RosterEntry } from './health/roster/roster.entity';

/** Every persisted record type, in dependency order (referenced before referring). */
export const entities = [District, HealthCenter, ProgramOffering, Person, RosterEntry];
