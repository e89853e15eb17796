import { HijriDateInput } from './HijriDateInput';

/** `<field>From` and `<field>To` filters, as the API names them for every date field. */
export function dateRangeFilters(field: string) {
  return [
    <HijriDateInput key={`${field}From`} source={`${field}From`} label="mujtama.filters.from" />,
    <HijriDateInput key={`${field}To`} source={`${field}To`} label="mujtama.filters.to" />,
  ];
}
