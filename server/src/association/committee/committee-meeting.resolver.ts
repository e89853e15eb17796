import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { committeeMeetingRules } from '@mujtama/shared/validation';
import { FieldResolver, Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { parseId } from '../../common/ids';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { CalendarDate, calendarDate } from '../common/calendar-date.type';
import { Committee } from './committee.entity';
import { CommitteeMeeting } from './committee-meeting.entity';
import {
  CommitteeMeetingFilter,
  CreateCommitteeMeetingInput,
  UpdateCommitteeMeetingInput,
} from './committee-meeting.inputs';
import { CommitteeMeetingAttendee } from './committee-meeting-attendee.entity';

export const committeeMeetingPolicy: RecordPolicy<CommitteeMeeting> = {
  entity: CommitteeMeeting,
  rules: committeeMeetingRules,
  searchKey: (meeting) => searchKey(meeting.location, meeting.agenda, meeting.minutes, meeting.decisions),
};

@Resolver(() => CommitteeMeeting)
export class CommitteeMeetingResolver extends crudResolver({
  ...committeeMeetingPolicy,
  resource: associationResources.CommitteeMeeting,
  createInput: CreateCommitteeMeetingInput,
  updateInput: UpdateCommitteeMeetingInput,
  filter: CommitteeMeetingFilter,
  filterHandlers: {
    programId: (id: string) => [
      'e.committee_id in (select c.id from committee c where c.program_id = ?)',
      [parseId(id, 'programId')],
    ],
  },
  sortable: ['id', 'heldOn', 'createdAt', 'updatedAt'],
  defaultOrder: { heldOn: 'desc' },
  relations: {
    committee: belongsTo(Committee, 'committeeId', 'The committee that met.'),
    attendees: hasMany(CommitteeMeetingAttendee, 'meetingId', 'Who attended.'),
  },
}) {
  @FieldResolver(() => CalendarDate, { description: 'The day of the meeting in both calendars.' })
  heldOnCalendar(@Parent() meeting: CommitteeMeeting): CalendarDate {
    return calendarDate(meeting.heldOn);
  }
}
