import { Entity, Property } from '@mikro-orm/core';
import { PartnerSector } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';

@ObjectType({ description: associationResources.Partner.description })
@Entity({ tableName: 'partner' })
export class Partner extends BaseRecord {
  @Field(() => String, { description: 'Arabic name of the body.' })
  @Property({ type: 'string', length: 200, unique: true })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'English name, optional.' })
  @Property({ type: 'string', length: 200, nullable: true })
  nameEn?: string | null;

  @Field(() => PartnerSector.values, { description: 'Government, private sector or non-profit.' })
  @Property({ type: 'string', length: 20 })
  sector!: PartnerSector;

  @Field(() => String, { nullable: true, description: 'Who to contact at the body.' })
  @Property({ type: 'string', length: 150, nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone, a Saudi number.' })
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
