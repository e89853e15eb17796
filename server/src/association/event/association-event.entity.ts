import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { AssociationEventKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';

/** Dates are stored Gregorian; the Hijri (Umm al-Qura) ones are derived when read. */
@ObjectType({ description: associationResources.AssociationEvent.description })
@Entity({ tableName: 'association_event' })
export class AssociationEvent extends BaseRecord {
  @Field(() => String, { description: 'Arabic name, e.g. «الملتقى السنوي لمراكز الأحياء».' })
  @Property({ type: 'string', length: 200 })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name, optional.' })
  @Property({ type: 'string', length: 200, nullable: true })
  nameEn?: string | null;

  @Field(() => AssociationEventKind.values, {
    description: 'Annual forum, closing ceremony, exhibition or other.',
  })
  @Property({ type: 'string', length: 20 })
  kind!: AssociationEventKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The event this one is part of, e.g. the forum of a ceremony.',
  })
  @ManyToOne({
    entity: () => AssociationEvent,
    mapToPk: true,
    fieldName: 'parent_id',
    nullable: true,
    index: true,
  })
  parentId?: number | null;

  @Field(() => LocalDate, { description: 'First day (Gregorian).' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day, for events over several days.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'When in the day, e.g. «بعد صلاة المغرب».' })
  @Property({ type: 'string', length: 100, nullable: true })
  timeNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is held, e.g. «الغرفة التجارية بمكة».' })
  @Property({ type: 'string', length: 300, nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'What happens there.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
