import { Stack } from '@mui/material';
import { RosterRole } from '@mujtama/shared/enums';
import { DataTable, DeleteButton, ReferenceField } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { RelatedRecords } from '../common/RelatedRecords';
import { AddToRosterButton, ChangeRosterEntryButton } from './RosterDialogs';

/** The offering's roster, managed in place: add a person, change a role or move an entry, remove it. */
export function RosterSection() {
  return (
    <RelatedRecords
      reference="RosterEntry"
      target="offeringId"
      title="resources.ProgramOffering.fields.roster"
      sort={{ field: 'since', order: 'DESC' }}
      actions={<AddToRosterButton />}
      empty="mujtama.roster.empty"
    >
      <DataTable rowClick={false}>
        <Column source="personId">
          <ReferenceField source="personId" reference="Person" />
        </Column>
        <Column source="role">
          <EnumField source="role" enumeration={RosterRole} />
        </Column>
        <Column source="since" field={HijriDateField} />
        <Column source="until" field={HijriDateField} />
        <DataTable.Col label={false}>
          <Stack direction="row" justifyContent="flex-end">
            <ChangeRosterEntryButton />
            <DeleteButton redirect={false} />
          </Stack>
        </DataTable.Col>
      </DataTable>
    </RelatedRecords>
  );
}
