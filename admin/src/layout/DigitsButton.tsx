import { Button, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDigitPreference } from '../common/digits';
import { useAppLocale } from '../common/useAppLocale';

/** Switches numbers and dates between Arabic-Indic (٣) and Latin (3) digits; only Arabic offers the choice. */
export function DigitsButton() {
  const translate = useTranslate();
  const locale = useAppLocale();
  const [digits, setDigits] = useDigitPreference();
  if (locale !== 'ar') return null;
  const next = digits === 'arab' ? 'latn' : 'arab';
  const label = translate(next === 'latn' ? 'mujtama.digits.use_latin' : 'mujtama.digits.use_arabic');
  return (
    <Tooltip title={label}>
      <Button
        color="inherit"
        aria-label={label}
        onClick={() => setDigits(next)}
        sx={{ minWidth: 0, fontWeight: 600 }}
      >
        {next === 'latn' ? '123' : '١٢٣'}
      </Button>
    </Tooltip>
  );
}
