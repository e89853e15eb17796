import type { EnumDefinition } from '@mujtama/shared/enums';
import { enumChoices } from '@mujtama/shared/labels';
import {
  SelectArrayInput,
  type SelectArrayInputProps,
  SelectInput,
  type SelectInputProps,
} from 'react-admin';
import { useAppLocale } from './useAppLocale';

interface EnumInputProps<K extends string> {
  enumeration: EnumDefinition<K>;
  /** Offer only these values, e.g. the statuses a record may move to. */
  only?: readonly K[];
}

function useChoices<K extends string>({ enumeration, only }: EnumInputProps<K>) {
  const choices = enumChoices(enumeration, useAppLocale());
  return only ? choices.filter((choice) => only.includes(choice.id)) : choices;
}

/** A select of an enum's values, labelled in the reader's language. */
export function EnumInput<K extends string>({
  enumeration,
  only,
  ...props
}: EnumInputProps<K> & Omit<SelectInputProps, 'choices'>) {
  return <SelectInput {...props} choices={useChoices({ enumeration, only })} />;
}

export function EnumArrayInput<K extends string>({
  enumeration,
  only,
  ...props
}: EnumInputProps<K> & Omit<SelectArrayInputProps, 'choices'>) {
  return <SelectArrayInput {...props} choices={useChoices({ enumeration, only })} />;
}
