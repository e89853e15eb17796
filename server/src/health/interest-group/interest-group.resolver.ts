import { searchKey } from '@mujtama/shared/arabic';
import { healthResources } from '@mujtama/shared/resources';
import { groupMeetingRules, meetingAttendanceRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Int, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { Parent } from '../../common/parent.decorator';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { healthScopes } from '../health.scopes';
import { movesWhileReferred, requireOfferingOfKind } from '../offering/offering.checks';
import { ProgramOffering } from '../offering/offering.entity';
import { RosterEntry } from '../roster/roster.entity';
import { GroupMeeting, MeetingAttendance } from './interest-group.entity';
import {
  CreateGroupMeetingInput,
  CreateMeetingAttendanceInput,
  GroupMeetingFilter,
  MeetingAttendanceFilter,
  UpdateGroupMeetingInput,
  UpdateMeetingAttendanceInput,
} from './interest-group.inputs';

/** Meetings belong to interest groups; once attendance is taken, the roster it names ties the meeting to its group. */
async function checkMeeting({ em, changes, merged, existing }: WriteEvent<GroupMeeting>) {
  if (!('offeringId' in changes)) return;
  await requireOfferingOfKind(em, merged.offeringId!, 'INTEREST_GROUP');
  if (await movesWhileReferred(em, existing, merged, MeetingAttendance, 'meetingId')) {
    throw invalidField(
      'offeringId',
      'The meeting has attendance taken from its group’s roster (perhaps in the trash)',
      'سُجّل في هذا اللقاء حضور أعضاء مجموعته (ولو في المحذوفات)، فلا يُنقل إلى مجموعة أخرى',
    );
  }
}

/** Only members on the roster of the meeting's own group can attend it. */
async function checkAttendance({ em, changes, merged }: WriteEvent<MeetingAttendance>) {
  if (!('meetingId' in changes) && !('rosterEntryId' in changes)) return;
  const meeting = await requireRow(em, GroupMeeting, merged.meetingId!);
  const entry = await requireRow(em, RosterEntry, merged.rosterEntryId!);
  if (entry.offeringId !== meeting.offeringId) {
    throw invalidField(
      'rosterEntryId',
      'Not on the roster of the meeting’s group',
      'ليس من أعضاء المجموعة التي عقدت اللقاء',
    );
  }
}

export const groupMeetingPolicy: RecordPolicy<GroupMeeting> = {
  entity: GroupMeeting,
  scope: healthScopes.groupMeeting,
  rules: groupMeetingRules,
  searchKey: (meeting) => searchKey(meeting.topic, meeting.notes),
  beforeWrite: checkMeeting,
};

export const meetingAttendancePolicy: RecordPolicy<MeetingAttendance> = {
  entity: MeetingAttendance,
  scope: healthScopes.meetingAttendance,
  rules: meetingAttendanceRules,
  searchKey: (attendance) => searchKey(attendance.notes),
  beforeWrite: checkAttendance,
};

@Resolver(() => GroupMeeting)
export class GroupMeetingResolver extends crudResolver({
  ...groupMeetingPolicy,
  resource: healthResources.GroupMeeting,
  createInput: CreateGroupMeetingInput,
  updateInput: UpdateGroupMeetingInput,
  filter: GroupMeetingFilter,
  sortable: ['id', 'heldOn', 'topic', 'createdAt', 'updatedAt'],
  defaultOrder: { heldOn: 'desc' },
  relations: {
    offering: belongsTo(ProgramOffering, 'offeringId', 'The interest group that met.'),
    attendance: hasMany(MeetingAttendance, 'meetingId', 'Attendance taken at the meeting, present or not.'),
  },
}) {
  @FieldResolver(() => Int, { description: 'How many members were present.' })
  async attendanceCount(@Parent() meeting: GroupMeeting, @Ctx() ctx: Context): Promise<number> {
    // Shares the batched `attendance` read: one query for a whole page of meetings.
    const attendance = await ctx.loaders.many(MeetingAttendance, 'meetingId', meeting.id);
    return attendance.filter((record) => record.present).length;
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver extends crudResolver({
  ...meetingAttendancePolicy,
  resource: healthResources.MeetingAttendance,
  createInput: CreateMeetingAttendanceInput,
  updateInput: UpdateMeetingAttendanceInput,
  filter: MeetingAttendanceFilter,
  sortable: ['id', 'present', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    meeting: belongsTo(GroupMeeting, 'meetingId', 'The meeting.'),
    rosterEntry: belongsTo(
      RosterEntry,
      'rosterEntryId',
      'The member’s entry on the group’s roster (with the person).',
    ),
  },
}) {}
