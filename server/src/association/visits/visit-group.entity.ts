import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { AssociationProgram } from '../program/association-program.entity';

@ObjectType({ description: associationResources.VisitGroup.description })
@Entity({ tableName: 'visit_group' })
@Unique({ properties: ['programId', 'nameAr'] })
export class VisitGroup extends BaseRecord {
  @Field(() => ID, { description: 'The program whose centers exchange visits.' })
  @ManyToOne({ entity: () => AssociationProgram, mapToPk: true, fieldName: 'program_id' })
  programId!: number;

  @Field(() => String, { description: 'Arabic name, e.g. «المجموعة الأولى».' })
  @Property({ type: 'string', length: 150 })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'Notes on the group.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
