import { commonFieldLabels, fieldLabels, type Locale } from '@mujtama/shared/labels';
import { type ResourceType, resources } from '@mujtama/shared/resources';

/** `resources.<Type>.name` and `resources.<Type>.fields.*`, from the names and labels in shared. */
export function resourceMessages(locale: Locale) {
  const types = Object.keys(resources) as ResourceType[];
  return Object.fromEntries(
    types.map((type) => {
      const { singular, plural } = resources[type];
      // Arabic has six plural forms (see ar.ts); react-admin asks for 1 when it wants the singular, else 2.
      const forms = locale === 'ar' ? [plural, singular, plural, plural, plural, plural] : [singular, plural];
      const labels = { ...commonFieldLabels, ...fieldLabels[type] };
      const fields = Object.fromEntries(
        Object.entries(labels).map(([field, label]) => [field, label[locale]]),
      );
      return [type, { name: forms.map((form) => form[locale]).join(' |||| '), fields }];
    }),
  );
}
