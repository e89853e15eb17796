import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AuditAction } from '@mujtama/shared/enums';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One line of the append-only audit log: who did what to which record, with the fields before
 * and after. Written in the same transaction as the change it records; never updated or deleted.
 */
@ObjectType({ description: 'An entry of the append-only audit log.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  @Field(() => ID, { description: 'Sequence number of the entry.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime' })
  @Index()
  at: Date = new Date();

  @Field(() => AuditAction.values, { description: 'What happened.' })
  @Property({ type: 'string', length: 20 })
  action!: AuditAction;

  @Field(() => String, { description: 'The record type, e.g. RosterEntry.' })
  @Property({ type: 'string', length: 60 })
  entityType!: string;

  @Field(() => ID, { nullable: true, description: 'The record id; empty for a refused create.' })
  @Property({ type: 'integer', nullable: true })
  entityId?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who acted; empty for the system (seed data, migrations).',
  })
  @Property({ type: 'integer', nullable: true })
  @Index()
  userId?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Email of the user, kept even if the user is later removed.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  userEmail?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The stored fields before the change.' })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The stored fields after the change.' })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Why an attempt was refused.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the HTTP request the change came from.' })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;
}
