import { CacheProvider } from '@emotion/react';
import { useEffect, useSyncExternalStore } from 'react';
import { Admin, LoginWithEmail, localStorageStore, Resource } from 'react-admin';
import { actionPlans } from './actionPlans';
import { associationResourceElements } from './association';
import { auditEntries } from './auditEntries';
import { createAuthProvider } from './authProvider';
import { coachingEnrollments } from './coachingEnrollments';
import { coachingSessions } from './coachingSessions';
import { Dashboard } from './Dashboard';
import { districts } from './districts';
import { empowermentPriorities } from './empowermentPriorities';
import { groupMeetings } from './groupMeetings';
import { healthCenters } from './healthCenters';
import { i18nProvider, toLocale } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { reportRoutes } from './layout/reportRoutes';
import { lazyDataProvider } from './lazyDataProvider';
import { lifestyleAssessments } from './lifestyleAssessments';
import { meetingAttendances } from './meetingAttendances';
import { people } from './people';
import { planActions } from './planActions';
import { programOfferings } from './programOfferings';
import { rosterEntries } from './rosterEntries';
import { styleCaches, themes } from './theme';
import { trainingAttendances } from './trainingAttendances';
import { trainingEvents } from './trainingEvents';
import { users } from './users';

// react-admin keeps the chosen language here (key `locale`), so it survives reloads.
const store = localStorageStore(undefined, 'Mujtama');
const dataProvider = lazyDataProvider(i18nProvider);
const authProvider = createAuthProvider(i18nProvider);

/** The language react-admin's store holds, followed as the reader switches it. */
function useStoredLocale() {
  return useSyncExternalStore(
    (onChange) => store.subscribe('locale', onChange),
    () => toLocale(String(store.getItem('locale', i18nProvider.getLocale()))),
  );
}

export function App() {
  const locale = useStoredLocale();
  const direction = locale === 'ar' ? 'rtl' : 'ltr';

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = direction;
  }, [locale, direction]);

  return (
    <CacheProvider value={styleCaches[direction]}>
      <Admin
        disableTelemetry
        title="mujtama.app.title"
        store={store}
        dataProvider={dataProvider}
        authProvider={authProvider}
        requireAuth
        loginPage={LoginWithEmail}
        i18nProvider={i18nProvider}
        theme={themes[direction].light}
        darkTheme={themes[direction].dark}
        dashboard={Dashboard}
        layout={AppLayout}
      >
        {reportRoutes}
        <Resource name="HealthCenter" {...healthCenters} />
        <Resource name="ProgramOffering" {...programOfferings} />
        <Resource name="RosterEntry" {...rosterEntries} />
        <Resource name="Person" {...people} />
        <Resource name="CoachingEnrollment" {...coachingEnrollments} />
        <Resource name="CoachingSession" {...coachingSessions} />
        <Resource name="LifestyleAssessment" {...lifestyleAssessments} />
        <Resource name="GroupMeeting" {...groupMeetings} />
        <Resource name="MeetingAttendance" {...meetingAttendances} />
        <Resource name="EmpowermentPriority" {...empowermentPriorities} />
        <Resource name="ActionPlan" {...actionPlans} />
        <Resource name="PlanAction" {...planActions} />
        <Resource name="TrainingEvent" {...trainingEvents} />
        <Resource name="TrainingAttendance" {...trainingAttendances} />
        <Resource name="District" {...districts} />
        {associationResourceElements}
        <Resource name="User" {...users} />
        <Resource name="AuditEntry" {...auditEntries} />
      </Admin>
    </CacheProvider>
  );
}
