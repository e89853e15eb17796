import { NumberField, type NumberFieldProps } from 'react-admin';
import { useNumberLocale } from './digits';

/** A number written in the reader's language and preferred digits rather than the browser's. */
export function LocalNumberField(props: NumberFieldProps) {
  return <NumberField locales={useNumberLocale()} {...props} />;
}
