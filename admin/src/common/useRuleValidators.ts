import type { Locale } from '@mujtama/shared/labels';
import { checkField, type FieldRule, type RuleSet } from '@mujtama/shared/validation';
import { useMemo } from 'react';
import type { Validator } from 'react-admin';
import { useAppLocale } from './useAppLocale';

function ruleValidator(field: string, rule: FieldRule, locale: Locale): Validator {
  const validator: Validator = (value: unknown, values: Readonly<Record<string, unknown>> | undefined) =>
    checkField(field, rule, value, values ?? {})?.message[locale];
  // react-admin marks an input required when its validator says so.
  return Object.assign(validator, { isRequired: rule.required === true });
}

/** The shared rules of a form as react-admin validators, one per field, with messages in the reader's language. */
export function useRuleValidators<R extends RuleSet>(rules: R): { readonly [F in keyof R]: Validator } {
  const locale = useAppLocale();
  return useMemo(
    () =>
      Object.fromEntries(
        Object.entries(rules).map(([field, rule]) => [field, ruleValidator(field, rule, locale)]),
      ) as { [F in keyof R]: Validator },
    [rules, locale],
  );
}
