import { AuditAction } from '@mujtama/shared/enums';
import { resources } from '@mujtama/shared/resources';
import { FilterButton, List, SelectInput, TopToolbar } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { HijriDateInput } from '../common/HijriDateInput';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useAppLocale } from '../common/useAppLocale';
import { AuditEntryTable } from './AuditEntryTable';

/** A choice of the record types the log is about, by their names in the reader's language. */
function RecordTypeInput(props: { source: string; alwaysOn?: boolean }) {
  const locale = useAppLocale();
  const choices = Object.values(resources)
    .filter(({ type }) => type !== 'AuditEntry')
    .map(({ type, plural }) => ({ id: type, name: plural[locale] }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return <SelectInput {...props} choices={choices} />;
}

// The log has no text search: it is narrowed by record type, action, user and dates.
const filters = [
  <RecordTypeInput key="entityType" source="entityType" alwaysOn />,
  <EnumInput key="action" source="action" enumeration={AuditAction} alwaysOn />,
  <ReferenceAutocompleteInput key="userId" source="userId" reference="User" />,
  <HijriDateInput key="from" source="from" label="mujtama.filters.from" />,
  <HijriDateInput key="to" source="to" label="mujtama.filters.to" />,
];

/** The audit log, newest first, for administrators: who did what to which record, and when. */
export function AuditEntryList() {
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
      exporter={false}
      perPage={25}
    >
      <AuditEntryTable withRecord />
    </List>
  );
}
