import { VolunteerSkill } from '@mujtama/shared/enums';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'A person newly registered as a volunteer; they are given the VOLUNTEER role.' })
export class CreateVolunteerInput {
  @Field(() => ID, { description: 'The person; once as a volunteer.' })
  personId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When they started volunteering.' })
  joinedOn?: string | null;

  @Field(() => [VolunteerSkill.values], { defaultValue: [], description: 'Their skills.' })
  skills!: VolunteerSkill[];

  @Field(() => String, { nullable: true, description: 'Other skills.' })
  skillsNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to a volunteer; fields left out stay as they are.' })
export class UpdateVolunteerInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The person.' })
  personId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'When they started volunteering.' })
  joinedOn?: string | null;

  @Field(() => [VolunteerSkill.values], { nullable: true, description: 'Their skills.' })
  skills?: VolunteerSkill[];

  @Field(() => String, { nullable: true, description: 'Other skills.' })
  skillsNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Which volunteers to list; `q` searches their names and contacts.' })
export class VolunteerFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'The volunteer record of this person.' })
  personId?: string;

  @Field(() => ID, { nullable: true, description: 'Volunteers on this team.' })
  teamId?: string;

  @Field(() => VolunteerSkill.values, { nullable: true, description: 'Volunteers with this skill.' })
  skill?: VolunteerSkill;

  @Field(() => ID, { nullable: true, description: 'Volunteers who took part in this initiative.' })
  initiativeId?: string;
}
