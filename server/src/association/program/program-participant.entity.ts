import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { AssociationProgram } from './association-program.entity';

@ObjectType({ description: associationResources.ProgramParticipant.description })
@Entity({ tableName: 'program_participant' })
@Unique({ properties: ['programId', 'entityId'] })
export class ProgramParticipant extends BaseRecord {
  @Field(() => ID, { description: 'The program.' })
  @ManyToOne({ entity: () => AssociationProgram, mapToPk: true, fieldName: 'program_id' })
  programId!: number;

  @Field(() => ID, { description: 'The entity taking part.' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'entity_id', index: true })
  entityId!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When the entity joined the program.' })
  @Property({ type: 'date', nullable: true })
  joinedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes on the entity’s part in the program.' })
  @Property({ type: 'string', length: 300, nullable: true })
  notes?: string | null;
}
