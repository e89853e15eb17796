import { CommitteeRole } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A person newly sitting on a committee.' })
export class CreateCommitteeMemberInput {
  @Field(() => ID, { description: 'The committee.' })
  committeeId!: string;

  @Field(() => ID, { description: 'The person; once per committee.' })
  personId!: string;

  @Field(() => CommitteeRole.values, {
    defaultValue: CommitteeRole.values.MEMBER,
    description: 'Their seat.',
  })
  role!: CommitteeRole;

  @Field(() => LocalDate, { nullable: true, description: 'On the committee since.' })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Left the committee on.' })
  until?: string | null;
}

@InputType({ description: 'Changes to a committee seat; fields left out stay as they are.' })
export class UpdateCommitteeMemberInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The committee.' })
  committeeId?: string;

  @Field(() => ID, { nullable: true, description: 'The person.' })
  personId?: string;

  @Field(() => CommitteeRole.values, { nullable: true, description: 'Their seat.' })
  role?: CommitteeRole;

  @Field(() => LocalDate, { nullable: true, description: 'On the committee since.' })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Left the committee on.' })
  until?: string | null;
}

@InputType({ description: 'Which committee seats to list.' })
export class CommitteeMemberFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Members of this committee.' })
  committeeId?: string;

  @Field(() => ID, { nullable: true, description: 'The committees of this person.' })
  personId?: string;

  @Field(() => CommitteeRole.values, { nullable: true, description: 'Seats of this kind.' })
  role?: CommitteeRole;
}
