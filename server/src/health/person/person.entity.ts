import { Entity, Property } from '@mikro-orm/core';
import { Gender, PersonRole } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { EnumListType } from '../../common/enum-list.type';

/** Personal data is kept to what the programs need: no national id, no address. */
@ObjectType({ description: healthResources.Person.description })
@Entity({ tableName: 'person' })
export class Person extends BaseRecord {
  @Field(() => String, { description: 'Full name in Arabic.' })
  @Property({ type: 'string', length: 150 })
  nameAr!: string;

  @Field(() => String, { nullable: true, description: 'Name in English, optional.' })
  @Property({ type: 'string', length: 150, nullable: true })
  nameEn?: string | null;

  @Field(() => Gender.values, {
    description: 'Gender, which decides which groups and clinics suit the person.',
  })
  @Property({ type: 'string', length: 10 })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'A Saudi phone number.' })
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of birth, enough for age-group reports.' })
  @Property({ type: 'integer', nullable: true })
  birthYear?: number | null;

  @Field(() => [PersonRole.values], {
    description: 'The roles the person holds; staff and community members alike.',
  })
  @Property({ type: EnumListType, default: '' })
  roles: PersonRole[] = [];

  @Field(() => String, {
    nullable: true,
    description: 'Notes the programs need about the person (no clinical detail here).',
  })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
