import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { committeeMeetingAttendeeRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
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
  relations: {
    meeting: belongsTo(CommitteeMeeting, 'meetingId', 'The meeting.'),
    person: belongsTo(
      Person,
      'personId',
      'The person who attended; null for a person outside the centers or clients you manage.',
      { nullable: true },
    ),
  },
}) {}
