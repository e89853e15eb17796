import { Resource } from 'react-admin';
import { activities } from './activities';
import { associationEntities } from './associationEntities';
import { associationEvents } from './associationEvents';
import { associationPrograms } from './associationPrograms';
import { associationUnits } from './associationUnits';
import { committeeMeetingAttendees } from './committeeMeetingAttendees';
import { committeeMeetings } from './committeeMeetings';
import { committeeMembers } from './committeeMembers';
import { committees } from './committees';
import { eventExhibitors } from './eventExhibitors';
import { formResponses } from './formResponses';
import { impactForms } from './impactForms';
import { impactQuestions } from './impactQuestions';
import { initiativePartners } from './initiativePartners';
import { initiatives } from './initiatives';
import { initiativeVolunteers } from './initiativeVolunteers';
import { partners } from './partners';
import { programParticipants } from './programParticipants';
import { visitGroupMembers } from './visitGroupMembers';
import { visitGroups } from './visitGroups';
import { visitParticipants } from './visitParticipants';
import { visits } from './visits';
import { volunteers } from './volunteers';
import { volunteerTeamMembers } from './volunteerTeamMembers';

/** The neighborhood centers association's record types; each one's pages load when first opened. */
export const associationResourceElements = (
  <>
    <Resource name="AssociationUnit" {...associationUnits} />
    <Resource name="AssociationEntity" {...associationEntities} />
    <Resource name="Activity" {...activities} />
    <Resource name="AssociationProgram" {...associationPrograms} />
    <Resource name="ProgramParticipant" {...programParticipants} />
    <Resource name="Committee" {...committees} />
    <Resource name="CommitteeMember" {...committeeMembers} />
    <Resource name="CommitteeMeeting" {...committeeMeetings} />
    <Resource name="CommitteeMeetingAttendee" {...committeeMeetingAttendees} />
    <Resource name="VisitGroup" {...visitGroups} />
    <Resource name="VisitGroupMember" {...visitGroupMembers} />
    <Resource name="Visit" {...visits} />
    <Resource name="VisitParticipant" {...visitParticipants} />
    <Resource name="Volunteer" {...volunteers} />
    <Resource name="VolunteerTeamMember" {...volunteerTeamMembers} />
    <Resource name="Partner" {...partners} />
    <Resource name="Initiative" {...initiatives} />
    <Resource name="InitiativeVolunteer" {...initiativeVolunteers} />
    <Resource name="InitiativePartner" {...initiativePartners} />
    <Resource name="ImpactForm" {...impactForms} />
    <Resource name="ImpactQuestion" {...impactQuestions} />
    <Resource name="FormResponse" {...formResponses} />
    <Resource name="AssociationEvent" {...associationEvents} />
    <Resource name="EventExhibitor" {...eventExhibitors} />
  </>
);
