import { TeamRole } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A volunteer added to a volunteer team.' })
export class CreateVolunteerTeamMemberInput {
  @Field(() => ID, { description: 'The volunteer.' })
  volunteerId!: string;

  @Field(() => ID, { description: 'The volunteer team.' })
  teamId!: string;

  @Field(() => TeamRole.values, { defaultValue: TeamRole.values.MEMBER, description: 'Leader or member.' })
  role!: TeamRole;

  @Field(() => LocalDate, { nullable: true, description: 'On the team since.' })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Left the team on.' })
  until?: string | null;
}

@InputType({ description: 'Changes to a team membership; fields left out stay as they are.' })
export class UpdateVolunteerTeamMemberInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The volunteer.' })
  volunteerId?: string;

  @Field(() => ID, { nullable: true, description: 'The volunteer team.' })
  teamId?: string;

  @Field(() => TeamRole.values, { nullable: true, description: 'Leader or member.' })
  role?: TeamRole;

  @Field(() => LocalDate, { nullable: true, description: 'On the team since.' })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Left the team on.' })
  until?: string | null;
}

@InputType({ description: 'Which team memberships to list.' })
export class VolunteerTeamMemberFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Memberships of this volunteer.' })
  volunteerId?: string;

  @Field(() => ID, { nullable: true, description: 'Members of this team.' })
  teamId?: string;

  @Field(() => TeamRole.values, { nullable: true, description: 'Leaders or members.' })
  role?: TeamRole;
}
