/** Fields every record has that say nothing about what changed in it. */
const BOOKKEEPING = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'searchKey',
  '__typename',
]);

export type Snapshot = Readonly<Record<string, unknown>>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Whether two values of a field are the same, any kind of blank alike. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between two versions of a record, in the order the record gives them. */
export function changedFields(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((field) => !BOOKKEEPING.has(field) && !sameValue(before?.[field], after?.[field]))
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }));
}

/** A record as the audit log keeps it (JSON), when it is one. */
export const asSnapshot = (value: unknown): Snapshot | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Snapshot) : null;

export interface EditConflict {
  field: string;
  /** What the editor saved. */
  mine: unknown;
  /** What is stored now. */
  stored: unknown;
  /** Whether someone else changed the field too since the editor started. */
  changedMeanwhile: boolean;
}

/**
 * The fields an editor changed from the version they started on, beside what is stored now, unless
 * both already hold the same: what a refused save asks them to decide.
 */
export function editConflicts(base: Snapshot, mine: Snapshot, stored: Snapshot): EditConflict[] {
  return changedFields(base, mine)
    .filter(({ field }) => !sameValue(mine[field], stored[field]))
    .map(({ field }) => ({
      field,
      mine: mine[field],
      stored: stored[field],
      changedMeanwhile: !sameValue(base[field], stored[field]),
    }));
}
