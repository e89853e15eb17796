import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { AssociationProgramKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { AssociationUnit } from '../unit/association-unit.entity';

@ObjectType({ description: associationResources.AssociationProgram.description })
@Entity({ tableName: 'association_program' })
export class AssociationProgram extends BaseRecord {
  @Field(() => String, { description: 'Arabic name, e.g. «تعاون».' })
  @Property({ type: 'string', length: 150, unique: true })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name, optional.' })
  @Property({ type: 'string', length: 150, nullable: true })
  nameEn?: string | null;

  @Field(() => AssociationProgramKind.values, {
    description: 'Whether the program works through visits between centers or through volunteer initiatives.',
  })
  @Property({ type: 'string', length: 30 })
  kind!: AssociationProgramKind;

  @Field(() => ID, { nullable: true, description: 'The body of the association that plans and runs it.' })
  @ManyToOne({
    entity: () => AssociationUnit,
    mapToPk: true,
    fieldName: 'unit_id',
    nullable: true,
    index: true,
  })
  unitId?: number | null;

  @Field(() => String, { nullable: true, description: 'What the program sets out to achieve.' })
  @Property({ type: 'text', nullable: true })
  goals?: string | null;

  @Field(() => String, { nullable: true, description: 'How the program is carried out.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the program.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the program.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;
}
