import raEnglish from 'ra-language-english';
import { administrationMessagesEn } from './administration';
import { associationMessagesEn } from './association';
import { featureMessagesEn } from './features';

/** The admin's own messages; `ar.ts` must give every one of them in Arabic. */
export const englishAppMessages = {
  app: {
    title: 'Mujtama',
    subtitle: 'Preventive-health programs of the Makkah Health Cluster',
  },
  dashboard: {
    title: 'Dashboard',
    welcome: 'Welcome to Mujtama',
    intro:
      'Health centers, their health-coach clinics, interest groups and community-empowerment teams, the people on their rosters, and the training that supports them.',
    programs: 'Programs',
    people: 'People and rosters',
    training: 'Training',
    playground: 'GraphQL playground',
    playground_hint: 'For developers: explore and query the API',
  },
  errors: {
    not_found: 'This record no longer exists; someone may have deleted it.',
    conflict: 'Someone else changed this record while you were editing it, so your change was not saved.',
    invalid: 'Please correct: %{details}',
    in_use: 'Other records still refer to this one; change or remove them first.',
  },
  auth: {
    wrong_credentials: 'Wrong email or password',
  },
  filters: {
    from: 'From date',
    to: 'To date',
    role: 'Holds the role',
  },
  demo: 'Demo',
  offerings: {
    add: 'Add a program',
    name_hint: 'Leave blank for a title made from the program and the center',
  },
  roster: {
    add: 'Add to roster',
    add_title: 'Add a person to the roster',
    edit: 'Change',
    edit_title: 'Change the role or move to another program',
    added: 'Added to the roster',
    changed: 'Roster entry changed',
    empty: 'Nobody is on this roster yet.',
    current: 'Current members',
  },
  ...featureMessagesEn,
  ...associationMessagesEn,
  ...administrationMessagesEn,
};

export const englishMessages = { ...raEnglish, mujtama: englishAppMessages };
