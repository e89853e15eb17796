import {
  AccessRoute,
  EnrollmentStatus,
  InterestGroupTopic,
  OfferingStatus,
  PlanStatus,
  PriorityStatus,
  ProgramKind,
} from '@mujtama/shared/enums';
import type { ComponentType } from 'react';
import { DataTable, ReferenceField, Show, SimpleShowLayout, TextField, WithRecord } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { RelatedRecords } from '../common/RelatedRecords';
import { RosterSection } from './RosterSection';

function Enrollments() {
  return (
    <RelatedRecords
      reference="CoachingEnrollment"
      target="offeringId"
      sort={{ field: 'enrolledOn', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" link={false} />
        </Column>
        <Column source="coachId">
          <ReferenceField source="coachId" reference="Person" link={false} />
        </Column>
        <Column source="accessRoute">
          <EnumField source="accessRoute" enumeration={AccessRoute} />
        </Column>
        <Column source="status">
          <EnumField source="status" enumeration={EnrollmentStatus} />
        </Column>
        <Column source="enrolledOn" field={HijriDateField} />
      </DataTable>
    </RelatedRecords>
  );
}

function Meetings() {
  return (
    <RelatedRecords reference="GroupMeeting" target="offeringId" sort={{ field: 'heldOn', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="heldOn" field={HijriDateField} />
        <Column source="topic" />
        <Column source="attendanceCount" field={LocalNumberField} />
      </DataTable>
    </RelatedRecords>
  );
}

function PrioritiesAndPlans() {
  return (
    <>
      <RelatedRecords
        reference="EmpowermentPriority"
        target="offeringId"
        sort={{ field: 'rank', order: 'ASC' }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="rank" field={LocalNumberField} />
          <Column source="title" />
          <Column source="status">
            <EnumField source="status" enumeration={PriorityStatus} />
          </Column>
        </DataTable>
      </RelatedRecords>
      <RelatedRecords reference="ActionPlan" target="offeringId" sort={{ field: 'startDate', order: 'DESC' }}>
        <DataTable rowClick="show" bulkActionButtons={false}>
          <Column source="title" />
          <Column source="status">
            <EnumField source="status" enumeration={PlanStatus} />
          </Column>
          <Column source="startDate" field={HijriDateField} />
          <Column source="endDate" field={HijriDateField} />
        </DataTable>
      </RelatedRecords>
    </>
  );
}

/** What each program keeps beside its roster. */
const programRecords: Record<ProgramKind, ComponentType> = {
  HEALTH_COACH: Enrollments,
  INTEREST_GROUP: Meetings,
  COMMUNITY_EMPOWERMENT: PrioritiesAndPlans,
};

export function ProgramOfferingShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="nameAr" />
        <ReferenceField source="centerId" reference="HealthCenter" />
        <EnumField source="kind" enumeration={ProgramKind} />
        <EnumField source="topic" enumeration={InterestGroupTopic} />
        <EnumField source="status" enumeration={OfferingStatus} />
        <HijriDateField source="startDate" />
        <HijriDateField source="endDate" />
        <TextField source="notes" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
      <RosterSection />
      <WithRecord
        render={(offering) => {
          const kind = ProgramKind.keys.find((key) => key === offering.kind);
          const Records = kind && programRecords[kind];
          return Records ? <Records /> : null;
        }}
      />
    </Show>
  );
}
