import { Entity, Property } from '@mikro-orm/core';
import { healthResources } from '@mujtama/shared/resources';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';

@ObjectType({ description: healthResources.District.description })
@Entity({ tableName: 'district' })
export class District extends BaseRecord {
  @Field(() => String, { description: 'Arabic name, as the district is known locally (e.g. الإسكان).' })
  @Property({ type: 'string', length: 150, unique: true })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name, optional.' })
  @Property({ type: 'string', length: 150, nullable: true })
  nameEn?: string | null;
}
