import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { ImpactFormTarget } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { AssociationProgram } from '../program/association-program.entity';

@ObjectType({ description: associationResources.ImpactForm.description })
@Entity({ tableName: 'impact_form' })
export class ImpactForm extends BaseRecord {
  @Field(() => String, { description: 'Title, e.g. «استمارة قياس أثر الزيارة».' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => ImpactFormTarget.values, {
    description: 'Whether it is filled for visits or for initiatives.',
  })
  @Property({ type: 'string', length: 20 })
  target!: ImpactFormTarget;

  @Field(() => ID, {
    nullable: true,
    description: 'The program it belongs to; empty for a form any program uses.',
  })
  @ManyToOne({
    entity: () => AssociationProgram,
    mapToPk: true,
    fieldName: 'program_id',
    nullable: true,
    index: true,
  })
  programId?: number | null;

  @Field(() => String, { nullable: true, description: 'What the form measures, shown above its questions.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
