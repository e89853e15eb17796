import type { ResourceType } from '@mujtama/shared/resources';
import {
  AutocompleteInput,
  type AutocompleteInputProps,
  type RaRecord,
  ReferenceInput,
  useChoicesContext,
  useGetMany,
} from 'react-admin';
import type { Link } from './LinkedNamesField';
import { localName } from './representation';
import { useAppLocale } from './useAppLocale';

interface PersonLinkedProps
  extends Omit<AutocompleteInputProps, 'source' | 'optionText' | 'inputText' | 'filter'> {
  /** What tells apart two records of the same person, e.g. the role or the enrollment date. */
  detail: (record: RaRecord) => string;
  /** The named record the options are read by: the person by default, or e.g. a visit's host. */
  linked?: Link;
}

const PERSON: Link = { source: 'personId', reference: 'Person' };

function PersonLinkedAutocomplete({ detail, linked = PERSON, ...props }: PersonLinkedProps) {
  const { allChoices = [] } = useChoicesContext();
  const locale = useAppLocale();
  const ids = [...new Set(allChoices.map((choice) => choice[linked.source]).filter((id) => id != null))];
  const { data: named = [] } = useGetMany(linked.reference, { ids }, { enabled: ids.length > 0 });
  const names = new Map(named.map((record) => [record.id, localName(record, locale)]));
  const text = (record: RaRecord) => [names.get(record[linked.source]) ?? '…', detail(record)].join(' — ');
  return <AutocompleteInput optionText={text} inputText={text} {...props} />;
}

interface PersonLinkedReferenceInputProps extends PersonLinkedProps {
  source: string;
  reference: ResourceType;
  filter?: Record<string, unknown>;
  alwaysOn?: boolean;
}

/**
 * A reference to a record that carries no name of its own (a roster entry, a coaching enrollment,
 * a visit): each option reads as the name of the person, or other record, it links and a detail.
 */
export function PersonLinkedReferenceInput({
  source,
  reference,
  filter,
  alwaysOn: _alwaysOn,
  ...props
}: PersonLinkedReferenceInputProps) {
  return (
    <ReferenceInput source={source} reference={reference} filter={filter}>
      <PersonLinkedAutocomplete {...props} />
    </ReferenceInput>
  );
}
