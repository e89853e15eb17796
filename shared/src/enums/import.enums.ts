import { defineEnum, type EnumValue } from './define-enum';

export const ImportType = defineEnum(
  'ImportType',
  'The record types a spreadsheet (CSV) import can create.',
  {
    HEALTH_CENTER: { ar: 'المراكز الصحية', en: 'Health centers' },
    ASSOCIATION_ENTITY: { ar: 'الكيانات', en: 'Entities' },
    PERSON: { ar: 'الأشخاص', en: 'People' },
    ROSTER_ENTRY: { ar: 'قوائم البرامج', en: 'Roster entries' },
  },
);
export type ImportType = EnumValue<typeof ImportType>;

/** The GraphQL type (and admin resource) each import creates. */
export const importResource = {
  HEALTH_CENTER: 'HealthCenter',
  ASSOCIATION_ENTITY: 'AssociationEntity',
  PERSON: 'Person',
  ROSTER_ENTRY: 'RosterEntry',
} as const satisfies Record<ImportType, string>;
