import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { IconButton, InputAdornment, Popover, TextField, useTheme } from '@mui/material';
import { formatGregorian, formatHijri } from '@mujtama/shared/arabic';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import {
  type DateInputProps,
  FieldTitle,
  InputHelperText,
  sanitizeInputRestProps,
  useInput,
  useStore,
  useTranslate,
  type Validator,
} from 'react-admin';
import { ISO_DATE, localDay } from '../common/dates';
import { useDigits } from '../common/digits';
import { useAppLocale } from '../common/useAppLocale';
import { type CalendarKind, monthOf, numericDate, parseTypedDate } from './dates';

// The month grid is only needed once someone opens it.
const MonthCalendar = lazy(() => import('./MonthCalendar'));

/** A typed date the picker could not read stays in the form, and this keeps the form from saving it. */
const readableDate: Validator = (value: unknown) =>
  value == null || value === '' || (typeof value === 'string' && ISO_DATE.test(value))
    ? undefined
    : 'mujtama.calendar.invalid';

/** The calendar dates are entered in and the picker opens on, as the reader last chose. */
export function useEntryCalendar() {
  return useStore<CalendarKind>('calendar', 'hijri');
}

/**
 * A date input for either calendar. Type `1440/8/5` (Umm al-Qura) or `2019-04-10` (Gregorian), in
 * Latin or Arabic-Indic digits, or pick a day on a month of either calendar; the value is the
 * Gregorian `YYYY-MM-DD` the API stores, and the helper text gives the day in both calendars.
 */
export function HijriDatePicker({
  source,
  resource,
  label,
  helperText,
  validate,
  defaultValue,
  disabled,
  readOnly,
  ...rest
}: DateInputProps) {
  const translate = useTranslate();
  const locale = useAppLocale();
  const digits = useDigits();
  const [calendar, setCalendar] = useEntryCalendar();
  const rtl = useTheme().direction === 'rtl';
  const validators = useMemo(
    () => [...(Array.isArray(validate) ? validate : validate ? [validate] : []), readableDate],
    [validate],
  );
  const { field, fieldState, id, isRequired } = useInput({
    source,
    resource,
    validate: validators,
    defaultValue,
    disabled,
    readOnly,
    format: (value: unknown) => (typeof value === 'string' ? value : ''),
    parse: (value: string) => (value === '' ? null : value),
  });
  const anchor = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  const value = typeof field.value === 'string' ? field.value : '';
  const chosen = ISO_DATE.test(value) ? value : null;
  const [viewed, setViewed] = useState(() => monthOf(chosen ?? localDay(new Date()), calendar));

  const era = calendar === 'hijri' ? (locale === 'ar' ? ' هـ' : ' AH') : '';
  const shown = typed ?? (chosen ? `${numericDate(chosen, calendar, digits)}${era}` : value);
  const both = chosen
    ? `${formatHijri(chosen, locale, digits)} — ${formatGregorian(chosen, locale, digits)}`
    : null;
  const error = fieldState.invalid ? fieldState.error?.message : undefined;

  const commit = (text: string) => {
    const parsed = text.trim() === '' ? '' : parseTypedDate(text);
    field.onChange(parsed ?? text);
    if (parsed !== null) setTyped(null);
  };
  const openCalendar = () => {
    setViewed(monthOf(chosen ?? localDay(new Date()), calendar));
    setOpen(true);
  };

  return (
    <>
      <TextField
        id={id}
        ref={anchor}
        name={field.name}
        value={shown}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={() => {
          if (typed !== null) commit(typed);
          field.onBlur();
        }}
        error={Boolean(error)}
        disabled={disabled}
        label={
          label !== '' && label !== false ? (
            <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
          ) : null
        }
        helperText={<InputHelperText error={error} helperText={both ?? helperText} />}
        placeholder={translate(
          calendar === 'hijri' ? 'mujtama.calendar.hijri_format' : 'mujtama.calendar.gregorian_format',
        )}
        {...sanitizeInputRestProps(rest)}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { readOnly },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  size="small"
                  edge="end"
                  disabled={disabled || readOnly}
                  aria-label={translate('mujtama.calendar.open')}
                  onClick={openCalendar}
                >
                  <CalendarMonthIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Popover
        open={open}
        anchorEl={anchor.current}
        onClose={() => setOpen(false)}
        // Opens under the calendar button, at the end of the line.
        anchorOrigin={{ vertical: 'bottom', horizontal: rtl ? 'left' : 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: rtl ? 'left' : 'right' }}
      >
        <Suspense fallback={null}>
          <MonthCalendar
            month={viewed}
            onMonthChange={setViewed}
            onCalendarChange={(next) => {
              setCalendar(next);
              setViewed(monthOf(chosen ?? localDay(new Date()), next));
            }}
            selected={chosen}
            onSelect={(day) => {
              field.onChange(day);
              setTyped(null);
              setOpen(false);
            }}
          />
        </Suspense>
      </Popover>
    </>
  );
}
