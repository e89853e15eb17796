import { RosterRole } from '@mujtama/shared/enums';
import { enumLabel } from '@mujtama/shared/labels';
import type { Validator } from 'react-admin';
import { PersonLinkedReferenceInput } from '../common/PersonLinkedReferenceInput';
import { useAppLocale } from '../common/useAppLocale';

interface RosterEntryReferenceInputProps {
  validate?: Validator;
  /** Narrows the entries offered, e.g. to one offering's roster. */
  filter?: Record<string, unknown>;
  alwaysOn?: boolean;
}

/** Chooses a roster entry by the person's name and their role. */
export function RosterEntryReferenceInput(props: RosterEntryReferenceInputProps) {
  const locale = useAppLocale();
  return (
    <PersonLinkedReferenceInput
      source="rosterEntryId"
      reference="RosterEntry"
      detail={(entry) => {
        const role = RosterRole.keys.find((key) => key === entry.role);
        return role ? enumLabel(RosterRole, role, locale) : '';
      }}
      {...props}
    />
  );
}
