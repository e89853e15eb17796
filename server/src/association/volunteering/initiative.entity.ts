import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { InitiativeStatus, SocialService } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { Person } from '../../health/person/person.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { ImpactForm } from '../impact/impact-form.entity';
import { AssociationProgram } from '../program/association-program.entity';
import { AssociationUnit } from '../unit/association-unit.entity';

@ObjectType({ description: associationResources.Initiative.description })
@Entity({ tableName: 'initiative' })
@Index({ properties: ['programId', 'status'] })
export class Initiative extends BaseRecord {
  @Field(() => ID, { description: 'The program, one of volunteer initiatives.' })
  @ManyToOne({ entity: () => AssociationProgram, mapToPk: true, fieldName: 'program_id' })
  programId!: number;

  @Field(() => ID, { description: 'The volunteer team delivering it.' })
  @ManyToOne({ entity: () => AssociationEntity, mapToPk: true, fieldName: 'team_id', index: true })
  teamId!: number;

  @Field(() => String, { description: 'Title, e.g. «سقيا المعتمرين».' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => SocialService.values, { description: 'The social service delivered.' })
  @Property({ type: 'string', length: 30 })
  service!: SocialService;

  @Field(() => String, { nullable: true, description: 'What was done, for whom.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => LocalDate, { description: 'First day.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many beneficiaries it reached.' })
  @Property({ type: 'integer', nullable: true })
  beneficiaries?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The body supervising it, normally the volunteering unit.',
  })
  @ManyToOne({
    entity: () => AssociationUnit,
    mapToPk: true,
    fieldName: 'supervising_unit_id',
    nullable: true,
    index: true,
  })
  supervisingUnitId?: number | null;

  @Field(() => ID, { nullable: true, description: 'The specialist of the volunteering unit supervising it.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'supervisor_id', nullable: true, index: true })
  supervisorId?: number | null;

  @Field(() => InitiativeStatus.values, { description: 'Planned, in progress, delivered or cancelled.' })
  @Property({ type: 'string', length: 20 })
  status!: InitiativeStatus;

  @Field(() => ID, { nullable: true, description: 'The impact form measuring its impact and effectiveness.' })
  @ManyToOne({
    entity: () => ImpactForm,
    mapToPk: true,
    fieldName: 'impact_form_id',
    nullable: true,
    index: true,
  })
  impactFormId?: number | null;
}
