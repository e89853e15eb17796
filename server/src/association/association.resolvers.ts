import { ActivityResolver } from './activity/activity.resolver';
import { AssociationEntityResolver } from './association-entity/association-entity.resolver';
import { CommitteeResolver } from './committee/committee.resolver';
import { CommitteeMeetingResolver } from './committee/committee-meeting.resolver';
import { CommitteeMeetingAttendeeResolver } from './committee/committee-meeting-attendee.resolver';
import { CommitteeMemberResolver } from './committee/committee-member.resolver';
import { DemoDataResolver } from './demo/demo-data.resolver';
import { AssociationEventResolver } from './event/association-event.resolver';
import { EventExhibitorResolver } from './event/event-exhibitor.resolver';
import { FormResponseResolver } from './impact/form-response.resolver';
import { ImpactFormResolver } from './impact/impact-form.resolver';
import { ImpactQuestionResolver } from './impact/impact-question.resolver';
import { AssociationProgramResolver } from './program/association-program.resolver';
import { ProgramParticipantResolver } from './program/program-participant.resolver';
import { ProgramSummaryResolver } from './program/program-summary';
import { AssociationUnitResolver } from './unit/association-unit.resolver';
import { VisitResolver } from './visits/visit.resolver';
import { VisitGroupResolver } from './visits/visit-group.resolver';
import { VisitGroupMemberResolver } from './visits/visit-group-member.resolver';
import { VisitParticipantResolver } from './visits/visit-participant.resolver';
import { InitiativeResolver } from './volunteering/initiative.resolver';
import { InitiativePartnerResolver } from './volunteering/initiative-partner.resolver';
import { InitiativeVolunteerResolver } from './volunteering/initiative-volunteer.resolver';
import { PartnerResolver } from './volunteering/partner.resolver';
import { VolunteerResolver } from './volunteering/volunteer.resolver';
import { VolunteerTeamMemberResolver } from './volunteering/volunteer-team-member.resolver';

/** The association side's API. */
export const associationResolvers = [
  AssociationUnitResolver,
  AssociationEntityResolver,
  AssociationProgramResolver,
  ProgramParticipantResolver,
  ProgramSummaryResolver,
  CommitteeResolver,
  CommitteeMemberResolver,
  CommitteeMeetingResolver,
  CommitteeMeetingAttendeeResolver,
  VisitGroupResolver,
  VisitGroupMemberResolver,
  VisitResolver,
  VisitParticipantResolver,
  ActivityResolver,
  VolunteerResolver,
  VolunteerTeamMemberResolver,
  PartnerResolver,
  InitiativeResolver,
  InitiativeVolunteerResolver,
  InitiativePartnerResolver,
  ImpactFormResolver,
  ImpactQuestionResolver,
  FormResponseResolver,
  AssociationEventResolver,
  EventExhibitorResolver,
  DemoDataResolver,
] as const;
