import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { committeeMeetingRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { parseId } from '../../common/ids';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
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
}) {
  @FieldResolver(() => Committee, { description: 'The committee that met.' })
  committee(@Parent() meeting: CommitteeMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.one(Committee, meeting.committeeId);
  }

  @FieldResolver(() => CalendarDate, { description: 'The day of the meeting in both calendars.' })
  heldOnCalendar(@Parent() meeting: CommitteeMeeting): CalendarDate {
    return calendarDate(meeting.heldOn);
  }

  @FieldResolver(() => [CommitteeMeetingAttendee], { description: 'Who attended.' })
  attendees(@Parent() meeting: CommitteeMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.many(CommitteeMeetingAttendee, 'meetingId', meeting.id);
  }
}
