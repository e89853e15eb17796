import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { UserRole } from '@mujtama/shared/enums';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../common/base.entity';
import { EnumListType } from '../common/enum-list.type';
import { Person } from '../health/person/person.entity';

@ObjectType({
  description:
    'Someone who signs in to Mujtama, with one role and, for health managers, the centers they manage.',
})
@Entity({ tableName: 'app_user' })
export class User extends BaseRecord {
  @Field(() => String, { description: 'Email address, used to sign in (stored lower-case).' })
  @Property({ type: 'string', length: 200, unique: true })
  email!: string;

  @Field(() => String, { description: 'Name shown in the admin and the audit log.' })
  @Property({ type: 'string', length: 150 })
  displayName!: string;

  @Field(() => UserRole.values, { description: 'What the user may see and change.' })
  @Property({ type: 'string', length: 20 })
  role!: UserRole;

  @Field(() => [ID], { description: 'Health centers a health manager manages; empty for other roles.' })
  @Property({ type: EnumListType, default: '' })
  centerIds: string[] = [];

  @Field(() => ID, {
    nullable: true,
    description: 'For a coach: the person record of the coach, whose clients they see.',
  })
  @ManyToOne({ entity: () => Person, mapToPk: true, fieldName: 'person_id', nullable: true, index: true })
  personId?: number | null;

  @Field(() => Boolean, { description: 'Inactive users cannot sign in.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** Never exposed through GraphQL. */
  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;
}

/** A signed-in session; only a hash of its token is stored, so a database leak gives no usable tokens. */
@Entity({ tableName: 'app_session' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, mapToPk: true, fieldName: 'user_id', index: true })
  userId!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
