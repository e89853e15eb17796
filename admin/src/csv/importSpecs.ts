import {
  AssociationEntityKind,
  type EnumDefinition,
  Gender,
  HealthCenterKind,
  type ImportType,
  importResource,
  PersonRole,
  RosterRole,
} from '@mujtama/shared/enums';
import {
  associationEntityRules,
  healthCenterRules,
  personRules,
  type RuleSet,
  rosterEntryRules,
} from '@mujtama/shared/validation';

export type ImportColumn =
  | { field: string; kind: 'text' | 'integer' | 'boolean' | 'date' }
  | { field: string; kind: 'enum' | 'enumList'; enumeration: EnumDefinition<string> }
  | {
      field: string;
      kind: 'reference';
      reference: string;
      /** Narrows the records a name may match, e.g. neighborhood centers only. */
      filter?: Record<string, unknown>;
    };

/** What one import type reads from a spreadsheet and how it checks it before sending. */
export interface ImportSpec {
  type: ImportType;
  resource: string;
  rules: RuleSet;
  columns: readonly ImportColumn[];
  /** Values a row gets when its file leaves them out, as the create form starts with. */
  defaults: Readonly<Record<string, unknown>>;
}

const text = (field: string) => ({ field, kind: 'text' }) as const;
const choice = (field: string, enumeration: EnumDefinition<string>) =>
  ({ field, kind: 'enum', enumeration }) as const;

export const importSpecs: Readonly<Record<ImportType, ImportSpec>> = {
  HEALTH_CENTER: {
    type: 'HEALTH_CENTER',
    resource: importResource.HEALTH_CENTER,
    rules: healthCenterRules,
    columns: [
      text('nameAr'),
      text('nameEn'),
      { field: 'districtId', kind: 'reference', reference: 'District' },
      choice('kind', HealthCenterKind),
      text('phone'),
      text('email'),
      text('address'),
      { field: 'active', kind: 'boolean' },
    ],
    defaults: { kind: 'PRIMARY_CARE_CENTER', active: true },
  },
  ASSOCIATION_ENTITY: {
    type: 'ASSOCIATION_ENTITY',
    resource: importResource.ASSOCIATION_ENTITY,
    rules: associationEntityRules,
    columns: [
      text('nameAr'),
      text('nameEn'),
      choice('kind', AssociationEntityKind),
      { field: 'districtId', kind: 'reference', reference: 'District' },
      {
        field: 'centerId',
        kind: 'reference',
        reference: 'AssociationEntity',
        filter: { kind: 'NEIGHBORHOOD_CENTER' },
      },
      { field: 'managerId', kind: 'reference', reference: 'Person' },
      text('phone'),
      text('email'),
      text('address'),
      text('description'),
      { field: 'active', kind: 'boolean' },
    ],
    defaults: { active: true },
  },
  PERSON: {
    type: 'PERSON',
    resource: importResource.PERSON,
    rules: personRules,
    columns: [
      text('nameAr'),
      text('nameEn'),
      choice('gender', Gender),
      { field: 'birthYear', kind: 'integer' },
      text('phone'),
      text('email'),
      { field: 'roles', kind: 'enumList', enumeration: PersonRole },
      text('notes'),
    ],
    defaults: {},
  },
  ROSTER_ENTRY: {
    type: 'ROSTER_ENTRY',
    resource: importResource.ROSTER_ENTRY,
    rules: rosterEntryRules,
    columns: [
      { field: 'offeringId', kind: 'reference', reference: 'ProgramOffering' },
      { field: 'personId', kind: 'reference', reference: 'Person' },
      choice('role', RosterRole),
      { field: 'since', kind: 'date' },
      { field: 'until', kind: 'date' },
      text('notes'),
    ],
    defaults: {},
  },
};
