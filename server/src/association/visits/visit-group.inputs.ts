import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A new group of centers exchanging visits.' })
export class CreateVisitGroupInput {
  @Field(() => ID, { description: 'The program, one of cooperation between centers.' })
  programId!: string;

  @Field(() => String, { description: 'Arabic name, unique within the program.' })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to a visit group; fields left out stay as they are.' })
export class UpdateVisitGroupInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The program.' })
  programId?: string;

  @Field(() => String, { nullable: true, description: 'Arabic name.' })
  nameAr?: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;
}

@InputType({ description: 'Which visit groups to list.' })
export class VisitGroupFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Groups of this program.' })
  programId?: string;
}
