import { Field, ID, InputType, Int } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A center added to a visit group.' })
export class CreateVisitGroupMemberInput {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The neighborhood center; in one group per program.' })
  entityId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in the hosting order; after the last when left out.',
  })
  position?: number | null;
}

@InputType({ description: 'Changes to a center’s place in a visit group.' })
export class UpdateVisitGroupMemberInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'Move the center to this group.' })
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'The neighborhood center.' })
  entityId?: string;

  @Field(() => Int, { nullable: true, description: 'Place in the hosting order.' })
  position?: number;
}

@InputType({ description: 'Which visit group members to list.' })
export class VisitGroupMemberFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Centers of this group.' })
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'The groups of this center.' })
  entityId?: string;
}
