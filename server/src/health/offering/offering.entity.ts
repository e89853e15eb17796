import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { InterestGroupTopic, OfferingStatus, ProgramKind } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { HealthCenter } from '../center/center.entity';

@ObjectType({ description: healthResources.ProgramOffering.description })
@Entity({ tableName: 'program_offering' })
@Index({ properties: ['kind', 'topic'] })
export class ProgramOffering extends BaseRecord {
  @Field(() => ID, { description: 'The center that runs the program.' })
  @ManyToOne({ entity: () => HealthCenter, mapToPk: true, fieldName: 'center_id', index: true })
  centerId!: number;

  @Field(() => ProgramKind.values, {
    description: 'Which program: health coach, interest group or community empowerment.',
  })
  @Property({ type: 'string', length: 40 })
  kind!: ProgramKind;

  @Field(() => InterestGroupTopic.values, {
    nullable: true,
    description: 'The condition an interest group is about; only interest groups have one.',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  topic?: InterestGroupTopic | null;

  @Field(() => OfferingStatus.values, { description: 'Planned, active, suspended or closed.' })
  @Property({ type: 'string', length: 20 })
  status!: OfferingStatus;

  @Field(() => String, {
    description:
      'Display title, e.g. «مجموعة اهتمام مرضى السكري — مركز صحي الإسكان»; filled in when left blank.',
  })
  @Property({ type: 'string', length: 200 })
  nameAr!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the program started at this center.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it ended, if it has.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Free notes for the program team.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
