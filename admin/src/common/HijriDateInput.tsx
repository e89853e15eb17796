import type { DateInputProps } from 'react-admin';
import { HijriDatePicker } from '../calendar/HijriDatePicker';

/** A date entered in the Umm al-Qura or the Gregorian calendar, shown in both. */
export function HijriDateInput(props: DateInputProps) {
  return <HijriDatePicker {...props} />;
}
