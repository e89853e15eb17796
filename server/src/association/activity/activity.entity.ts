import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { ActivityCategory } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { AssociationEntity } from '../association-entity/association-entity.entity';

@ObjectType({ description: associationResources.Activity.description })
@Entity({ tableName: 'activity' })
export class Activity extends BaseRecord {
  @Field(() => ID, { description: 'The entity that ran the activity.' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'entity_id', index: true })
  entityId!: number;

  @Field(() => String, { description: 'Title, e.g. «ملتقى الأسرة في الحي».' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => LocalDate, { description: 'The day it took place (the first day, if several).' })
  @Property({ type: 'date', index: true })
  heldOn!: string;

  @Field(() => ActivityCategory.values, { description: 'The field the activity serves.' })
  @Property({ type: 'string', length: 20 })
  category!: ActivityCategory;

  @Field(() => Int, { nullable: true, description: 'How many people took part.' })
  @Property({ type: 'integer', nullable: true })
  participants?: number | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
