import { AuditAction } from '@mujtama/shared/enums';
import type { ReactNode } from 'react';
import { DataTable } from 'react-admin';
import { Column } from '../common/Column';
import { EnumField } from '../common/EnumField';
import { HijriDateField } from '../common/HijriDateField';
import { AuditChanges } from './AuditChanges';
import { AuditRecordField, AuditUserField } from './AuditEntryFields';

interface AuditEntryTableProps {
  /** Whether to say which record each entry is about: not in one record's own history. */
  withRecord: boolean;
  empty?: ReactNode;
}

/** Audit entries, newest first: when, what, which record, who, and what changed. */
export function AuditEntryTable({ withRecord, empty }: AuditEntryTableProps) {
  return (
    <DataTable bulkActionButtons={false} rowClick={false} empty={empty}>
      <Column source="at">
        <HijriDateField source="at" withTime />
      </Column>
      <Column source="action">
        <EnumField source="action" enumeration={AuditAction} />
      </Column>
      {withRecord ? (
        <Column source="entityType" label="mujtama.audit.record">
          <AuditRecordField />
        </Column>
      ) : null}
      <Column source="userId">
        <AuditUserField />
      </Column>
      <Column source="after" label="mujtama.audit.changes">
        <AuditChanges />
      </Column>
    </DataTable>
  );
}
