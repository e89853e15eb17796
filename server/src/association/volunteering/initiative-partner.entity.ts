import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { Initiative } from './initiative.entity';
import { Partner } from './partner.entity';

@ObjectType({ description: associationResources.InitiativePartner.description })
@Entity({ tableName: 'initiative_partner' })
@Unique({ properties: ['initiativeId', 'partnerId'] })
export class InitiativePartner extends BaseRecord {
  @Field(() => ID, { description: 'The initiative.' })
  @ManyToOne({ entity: () => Initiative, mapToPk: true, fieldName: 'initiative_id' })
  initiativeId!: number;

  @Field(() => ID, { description: 'The partner body.' })
  @ManyToOne({ entity: () => Partner, mapToPk: true, fieldName: 'partner_id', index: true })
  partnerId!: number;

  @Field(() => String, { nullable: true, description: 'What the partner contributed.' })
  @Property({ type: 'string', length: 300, nullable: true })
  contribution?: string | null;
}
