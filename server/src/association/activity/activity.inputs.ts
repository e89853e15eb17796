import { ActivityCategory } from '@mujtama/shared/enums';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'An activity an entity ran.' })
export class CreateActivityInput {
  @Field(() => ID, { description: 'The entity that ran it.' })
  entityId!: string;

  @Field(() => String, { description: 'Title (2–200 characters).' })
  title!: string;

  @Field(() => LocalDate, { description: 'The day it took place.' })
  heldOn!: string;

  @Field(() => ActivityCategory.values, { description: 'The field it serves.' })
  category!: ActivityCategory;

  @Field(() => Int, { nullable: true, description: 'How many took part.' })
  participants?: number | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  description?: string | null;
}

@InputType({ description: 'Changes to an activity; fields left out stay as they are.' })
export class UpdateActivityInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The entity that ran it.' })
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  title?: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day it took place.' })
  heldOn?: string;

  @Field(() => ActivityCategory.values, { nullable: true, description: 'The field it serves.' })
  category?: ActivityCategory;

  @Field(() => Int, { nullable: true, description: 'How many took part.' })
  participants?: number | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  description?: string | null;
}

@InputType({ description: 'Which activities to list.' })
export class ActivityFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Activities of this entity.' })
  entityId?: string;

  @Field(() => ActivityCategory.values, { nullable: true, description: 'Activities in this field.' })
  category?: ActivityCategory;

  @Field(() => LocalDate, { nullable: true, description: 'On or after this day.' })
  heldOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'On or before this day.' })
  heldOnTo?: string;
}
