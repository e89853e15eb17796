import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'An entity exhibiting at an event.' })
export class CreateEventExhibitorInput {
  @Field(() => ID, { description: 'The event.' })
  eventId!: string;

  @Field(() => ID, { description: 'The entity; once per event.' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'What it shows.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to an exhibitor; fields left out stay as they are.' })
export class UpdateEventExhibitorInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The event.' })
  eventId?: string;

  @Field(() => ID, { nullable: true, description: 'The entity.' })
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'What it shows.' })
  notes?: string | null;
}

@InputType({ description: 'Which exhibitors to list.' })
export class EventExhibitorFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Exhibitors of this event.' })
  eventId?: string;

  @Field(() => ID, { nullable: true, description: 'The events this entity exhibits at.' })
  entityId?: string;
}
