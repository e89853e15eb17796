import EventSeatIcon from '@mui/icons-material/EventSeat';
import { createElement } from 'react';
import { ReferenceField } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import { PersonLinkedField } from '../common/PersonLinkedField';

export const committeeMeetingAttendees = {
  list: lazyPage(() => import('./CommitteeMeetingAttendeeList'), 'CommitteeMeetingAttendeeList'),
  show: lazyPage(() => import('./CommitteeMeetingAttendeeShow'), 'CommitteeMeetingAttendeeShow'),
  create: lazyPage(() => import('./CommitteeMeetingAttendeeCreate'), 'CommitteeMeetingAttendeeCreate'),
  edit: lazyPage(() => import('./CommitteeMeetingAttendeeEdit'), 'CommitteeMeetingAttendeeEdit'),
  icon: EventSeatIcon,
  // An attendance reads as the person and the meeting.
  recordRepresentation: createElement(PersonLinkedField, {
    detail: createElement(ReferenceField, {
      source: 'meetingId',
      reference: 'CommitteeMeeting',
      link: false,
    }),
  }),
};
