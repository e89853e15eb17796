import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { AssociationEntityKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { District } from '../../health/district/district.entity';
import { Person } from '../../health/person/person.entity';

@ObjectType({ description: associationResources.AssociationEntity.description })
@Entity({ tableName: 'association_entity' })
@Index({ properties: ['kind', 'active'] })
export class AssociationEntity extends BaseRecord {
  @Field(() => String, { description: 'Arabic name, e.g. «مركز حي الزاهر» or «تعظيم البلد الحرام».' })
  @Property({ type: 'string', length: 150, unique: true })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name, optional.' })
  @Property({ type: 'string', length: 150, nullable: true })
  nameEn?: string | null;

  @Field(() => AssociationEntityKind.values, {
    description: 'Neighborhood center, neighborhood forum, volunteer team or special project.',
  })
  @Property({ type: 'string', length: 30 })
  kind!: AssociationEntityKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The district the entity serves; the same districts as the health centers.',
  })
  @ManyToOne({ entity: () => District, mapToPk: true, fieldName: 'district_id', nullable: true, index: true })
  districtId?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a neighborhood forum or a volunteer team: the neighborhood center it belongs to.',
  })
  @ManyToOne({
    entity: () => AssociationEntity,
    mapToPk: true,
    fieldName: 'center_id',
    nullable: true,
    index: true,
  })
  centerId?: number | null;

  @Field(() => ID, { nullable: true, description: 'The person who manages the entity.' })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'manager_id', nullable: true, index: true })
  managerId?: number | null;

  @Field(() => String, { nullable: true, description: 'Contact phone, a Saudi number.' })
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address or directions.' })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'What the entity does.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Boolean, { description: 'Whether the entity is active.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
