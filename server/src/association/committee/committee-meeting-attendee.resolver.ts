import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { committeeMeetingAttendeeRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { Person } from '../../health/person/person.entity';
import { CommitteeMeeting } from './committee-meeting.entity';
import { CommitteeMeetingAttendee } from './committee-meeting-attendee.entity';
import {
  CommitteeMeetingAttendeeFilter,
  CreateCommitteeMeetingAttendeeInput,
  UpdateCommitteeMeetingAttendeeInput,
} from './committee-meeting-attendee.inputs';

export const committeeMeetingAttendeePolicy: RecordPolicy<CommitteeMeetingAttendee> = {
  entity: CommitteeMeetingAttendee,
  rules: committeeMeetingAttendeeRules,
  searchKey: (attendee) => searchKey(attendee.notes),
};

@Resolver(() => CommitteeMeetingAttendee)
export class CommitteeMeetingAttendeeResolver extends crudResolver({
  ...committeeMeetingAttendeePolicy,
  resource: associationResources.CommitteeMeetingAttendee,
  createInput: CreateCommitteeMeetingAttendeeInput,
  updateInput: UpdateCommitteeMeetingAttendeeInput,
  filter: CommitteeMeetingAttendeeFilter,
  sortable: ['id', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
}) {
  @FieldResolver(() => CommitteeMeeting, { description: 'The meeting.' })
  meeting(@Parent() attendee: CommitteeMeetingAttendee, @Ctx() ctx: Context) {
    return ctx.loaders.one(CommitteeMeeting, attendee.meetingId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person who attended; null for a person outside the centers or clients you manage.',
  })
  person(@Parent() attendee: CommitteeMeetingAttendee, @Ctx() ctx: Context) {
    return ctx.loaders.one(Person, attendee.personId);
  }
}
