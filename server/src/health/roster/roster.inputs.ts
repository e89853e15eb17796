import { RosterRole } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A person added to the roster of a program offering.' })
export class CreateRosterEntryInput {
  @Field(() => ID)
  offeringId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => RosterRole.values)
  role!: RosterRole;

  @Field(() => LocalDate, { nullable: true })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Changes to a roster entry: a new role, a move to another offering, an end date.' })
export class UpdateRosterEntryInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'Move the entry to another offering.' })
  offeringId?: string;

  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => RosterRole.values, { nullable: true })
  role?: RosterRole;

  @Field(() => LocalDate, { nullable: true })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Which roster entries to list.' })
export class RosterEntryFilter extends BaseFilter {
  @Field(() => ID, { nullable: true })
  offeringId?: string;

  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => RosterRole.values, { nullable: true })
  role?: RosterRole;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only entries that have not ended (true) or only ended ones (false).',
  })
  current?: boolean;
}
