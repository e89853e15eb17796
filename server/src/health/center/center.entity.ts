import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { HealthCenterKind } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { District } from '../district/district.entity';

@ObjectType({ description: healthResources.HealthCenter.description })
@Entity({ tableName: 'health_center' })
export class HealthCenter extends BaseRecord {
  @Field(() => String, { description: 'Arabic name, e.g. مركز صحي الإسكان.' })
  @Property({ type: 'string', length: 150, unique: true })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name, optional.' })
  @Property({ type: 'string', length: 150, nullable: true })
  nameEn?: string | null;

  @Field(() => ID, { description: 'The district the center sits in.' })
  @ManyToOne({ entity: () => District, mapToPk: true, fieldName: 'district_id', index: true })
  districtId!: number;

  @Field(() => HealthCenterKind.values, { description: 'Primary care center or specialised center.' })
  @Property({ type: 'string', length: 40 })
  kind!: HealthCenterKind;

  @Field(() => String, { nullable: true, description: 'Phone number of the center.' })
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address of the center.' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address or directions.' })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => Boolean, { description: 'Whether the center is in service.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
