import { Activity } from './activity/activity.entity';
import { AssociationEntity } from './association-entity/association-entity.entity';
import { Committee } from './committee/committee.entity';
import { CommitteeMeeting } from './committee/committee-meeting.entity';
import { CommitteeMeetingAttendee } from './committee/committee-meeting-attendee.entity';
import { CommitteeMember } from './committee/committee-member.entity';
import { AssociationEvent } from './event/association-event.entity';
import { EventExhibitor } from './event/event-exhibitor.entity';
import { FormResponse } from './impact/form-response.entity';
import { ImpactForm } from './impact/impact-form.entity';
import { ImpactQuestion } from './impact/impact-question.entity';
import { AssociationProgram } from './program/association-program.entity';
import { ProgramParticipant } from './program/program-participant.entity';
import { AssociationUnit } from './unit/association-unit.entity';
import { Visit } from './visits/visit.entity';
import { VisitGroup } from './visits/visit-group.entity';
import { VisitGroupMember } from './visits/visit-group-member.entity';
import { VisitParticipant } from './visits/visit-participant.entity';
import { Initiative } from './volunteering/initiative.entity';
import { InitiativePartner } from './volunteering/initiative-partner.entity';
import { InitiativeVolunteer } from './volunteering/initiative-volunteer.entity';
import { Partner } from './volunteering/partner.entity';
import { Volunteer } from './volunteering/volunteer.entity';
import { VolunteerTeamMember } from './volunteering/volunteer-team-member.entity';

/** The association side's record types, in dependency order (after District and Person). */
export const associationEntities = [
  AssociationUnit,
  AssociationEntity,
  AssociationProgram,
  ProgramParticipant,
  Committee,
  CommitteeMember,
  CommitteeMeeting,
  CommitteeMeetingAttendee,
  VisitGroup,
  VisitGroupMember,
  Activity,
  ImpactForm,
  ImpactQuestion,
  Visit,
  VisitParticipant,
  Volunteer,
  VolunteerTeamMember,
  Partner,
  Initiative,
  InitiativeVolunteer,
  InitiativePartner,
  FormResponse,
  AssociationEvent,
  EventExhibitor,
];
