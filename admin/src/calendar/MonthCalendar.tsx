import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Box,
  ButtonBase,
  IconButton,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  useTheme,
} from '@mui/material';
import { formatGregorian, formatHijri, withDigits } from '@mujtama/shared/arabic';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { localDay } from '../common/dates';
import { useDigits } from '../common/digits';
import { useAppLocale } from '../common/useAppLocale';
import { type CalendarKind, type CalendarMonth, dayOfMonth, monthDays, monthName, shiftMonth } from './dates';

/** A Sunday, to name the days of the week from. */
const A_SUNDAY = Date.UTC(2024, 0, 7);

interface MonthCalendarProps {
  month: CalendarMonth;
  onMonthChange: (month: CalendarMonth) => void;
  onCalendarChange: (calendar: CalendarKind) => void;
  selected?: string | null;
  onSelect: (iso: string) => void;
}

/**
 * One month of either calendar, with the other calendar's day under each day: an Umm al-Qura month
 * has the 29 or 30 days the calendar gives it.
 */
export default function MonthCalendar({
  month,
  onMonthChange,
  onCalendarChange,
  selected,
  onSelect,
}: MonthCalendarProps) {
  const locale = useAppLocale();
  const digits = useDigits();
  const translate = useTranslate();
  const rtl = useTheme().direction === 'rtl';
  const { days, firstWeekday } = useMemo(() => monthDays(month), [month]);
  const weekdays = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA' : 'en', {
      weekday: 'short',
      timeZone: 'UTC',
    });
    return Array.from({ length: 7 }, (_, day) => format.format(new Date(A_SUNDAY + day * 86_400_000)));
  }, [locale]);
  const other: CalendarKind = month.calendar === 'hijri' ? 'gregorian' : 'hijri';
  const today = localDay(new Date());
  const number = (value: number) => withDigits(String(value), digits);
  // Earlier months lie toward the start of the line: right in Arabic.
  const [PreviousIcon, NextIcon] = rtl
    ? [ChevronRightIcon, ChevronLeftIcon]
    : [ChevronLeftIcon, ChevronRightIcon];

  return (
    <Box sx={{ p: 1.5, width: 320 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        fullWidth
        value={month.calendar}
        onChange={(_event, calendar: CalendarKind | null) => calendar && onCalendarChange(calendar)}
        sx={{ mb: 1 }}
      >
        <ToggleButton value="hijri">{translate('mujtama.calendar.hijri')}</ToggleButton>
        <ToggleButton value="gregorian">{translate('mujtama.calendar.gregorian')}</ToggleButton>
      </ToggleButtonGroup>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <IconButton
          size="small"
          aria-label={translate('mujtama.calendar.previous_month')}
          onClick={() => onMonthChange(shiftMonth(month, -1))}
        >
          <PreviousIcon />
        </IconButton>
        <Typography variant="subtitle1" component="p" aria-live="polite">
          {monthName(month, locale, digits)}
        </Typography>
        <IconButton
          size="small"
          aria-label={translate('mujtama.calendar.next_month')}
          onClick={() => onMonthChange(shiftMonth(month, 1))}
        >
          <NextIcon />
        </IconButton>
      </Stack>
      <Box
        role="group"
        aria-label={monthName(month, locale, digits)}
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 0.25, mt: 1 }}
      >
        {weekdays.map((name) => (
          <Typography key={name} aria-hidden variant="caption" color="text.secondary" align="center" noWrap>
            {name}
          </Typography>
        ))}
        {days.map((day, index) => (
          <ButtonBase
            key={day}
            aria-label={`${formatHijri(day, locale, digits)} — ${formatGregorian(day, locale, digits)}`}
            aria-pressed={day === selected}
            onClick={() => onSelect(day)}
            sx={{
              // The first day sits under its weekday; the rest follow on.
              gridColumnStart: index === 0 ? firstWeekday + 1 : undefined,
              flexDirection: 'column',
              borderRadius: 1,
              py: 0.5,
              border: 1,
              borderColor: day === today ? 'primary.main' : 'transparent',
              bgcolor: day === selected ? 'primary.main' : undefined,
              color: day === selected ? 'primary.contrastText' : undefined,
              '&:hover': { bgcolor: day === selected ? 'primary.dark' : 'action.hover' },
            }}
          >
            <Typography variant="body2" component="span">
              {number(dayOfMonth(day, month.calendar))}
            </Typography>
            <Typography variant="caption" component="span" sx={{ opacity: 0.7, lineHeight: 1 }}>
              {number(dayOfMonth(day, other))}
            </Typography>
          </ButtonBase>
        ))}
      </Box>
    </Box>
  );
}
