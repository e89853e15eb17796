import type { ResourceType } from '@mujtama/shared/resources';
import {
  AutocompleteInput,
  type AutocompleteInputProps,
  ReferenceInput,
  type SortPayload,
} from 'react-admin';

interface ReferenceAutocompleteInputProps extends Omit<AutocompleteInputProps, 'source' | 'filter'> {
  source: string;
  reference: ResourceType;
  /** Narrows the records offered, e.g. to the offerings of one program. */
  filter?: Record<string, unknown>;
  sort?: SortPayload;
  /** Read by react-admin's filter form; not passed on. */
  alwaysOn?: boolean;
}

/** A foreign key chosen by searching the referenced records (the API's `q`). */
export function ReferenceAutocompleteInput({
  source,
  reference,
  filter,
  sort,
  alwaysOn: _alwaysOn,
  ...props
}: ReferenceAutocompleteInputProps) {
  return (
    <ReferenceInput source={source} reference={reference} filter={filter} sort={sort}>
      <AutocompleteInput {...props} />
    </ReferenceInput>
  );
}
