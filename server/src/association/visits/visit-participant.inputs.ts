import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'An entity added to a visit as a visitor.' })
export class CreateVisitParticipantInput {
  @Field(() => ID, { description: 'The visit.' })
  visitId!: string;

  @Field(() => ID, { description: 'The visiting entity; not the host, and in no other visit that day.' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'Who came, or other notes.' })
  notes?: string | null;
}

@InputType({ description: 'Changes to a visiting entity; fields left out stay as they are.' })
export class UpdateVisitParticipantInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The visit.' })
  visitId?: string;

  @Field(() => ID, { nullable: true, description: 'The visiting entity.' })
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'Who came, or other notes.' })
  notes?: string | null;
}

@InputType({ description: 'Which visiting entities to list.' })
export class VisitParticipantFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Visitors of this visit.' })
  visitId?: string;

  @Field(() => ID, { nullable: true, description: 'Visits this entity made.' })
  entityId?: string;
}
