import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { AssociationUnitKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';

@ObjectType({ description: associationResources.AssociationUnit.description })
@Entity({ tableName: 'association_unit' })
export class AssociationUnit extends BaseRecord {
  @Field(() => String, { description: 'Arabic name, e.g. «أمانة الجمعية».' })
  @Property({ type: 'string', length: 150, unique: true })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name, optional.' })
  @Property({ type: 'string', length: 150, nullable: true })
  nameEn?: string | null;

  @Field(() => AssociationUnitKind.values, {
    description: 'The association itself, its branch council, secretariat or volunteering unit.',
  })
  @Property({ type: 'string', length: 30 })
  kind!: AssociationUnitKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The body this unit is part of; empty for the association.',
  })
  @ManyToOne({
    entity: () => AssociationUnit,
    mapToPk: true,
    fieldName: 'parent_id',
    nullable: true,
    index: true,
  })
  parentId?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who heads the unit, as a title (e.g. «وكيل إمارة منطقة مكة المكرمة»).',
  })
  @Property({ type: 'string', length: 300, nullable: true })
  headTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'What the unit does.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
