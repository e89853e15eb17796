import type { ResourceType } from '@mujtama/shared/resources';
import {
  AutocompleteInput,
  type AutocompleteInputProps,
  type RaRecord,
  ReferenceInput,
  useChoicesContext,
  useGetMany,
} from 'react-admin';
import { localName } from './representation';
import { useAppLocale } from './useAppLocale';

interface PersonLinkedProps
  extends Omit<AutocompleteInputProps, 'source' | 'optionText' | 'inputText' | 'filter'> {
  /** What tells apart two records of the same person, e.g. the role or the enrollment date. */
  detail: (record: RaRecord) => string;
}

function PersonLinkedAutocomplete({ detail, ...props }: PersonLinkedProps) {
  const { allChoices = [] } = useChoicesContext();
  const locale = useAppLocale();
  const ids = [...new Set(allChoices.map((choice) => choice.personId).filter((id) => id != null))];
  const { data: people = [] } = useGetMany('Person', { ids }, { enabled: ids.length > 0 });
  const names = new Map(people.map((person) => [person.id, localName(person, locale)]));
  const text = (record: RaRecord) => [names.get(record.personId) ?? '…', detail(record)].join(' — ');
  return <AutocompleteInput optionText={text} inputText={text} {...props} />;
}

interface PersonLinkedReferenceInputProps extends PersonLinkedProps {
  source: string;
  reference: ResourceType;
  filter?: Record<string, unknown>;
  alwaysOn?: boolean;
}

/**
 * A reference to a record that carries no name of its own (a roster entry, a coaching enrollment):
 * each option reads as the person's name and a detail.
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
