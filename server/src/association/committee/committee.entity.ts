import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { CommitteeKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { AssociationProgram } from '../program/association-program.entity';

@ObjectType({ description: associationResources.Committee.description })
@Entity({ tableName: 'committee' })
@Unique({ properties: ['programId', 'nameAr'] })
export class Committee extends BaseRecord {
  @Field(() => ID, { description: 'The program the committee carries out.' })
  @ManyToOne({ entity: () => AssociationProgram, mapToPk: true, fieldName: 'program_id' })
  programId!: number;

  @Field(() => CommitteeKind.values, { description: 'Supervision, execution or follow-up.' })
  @Property({ type: 'string', length: 20 })
  kind!: CommitteeKind;

  @Field(() => String, { description: 'Arabic name, e.g. «لجنة الإشراف».' })
  @Property({ type: 'string', length: 150 })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'What the committee is charged with.' })
  @Property({ type: 'text', nullable: true })
  mandate?: string | null;
}
