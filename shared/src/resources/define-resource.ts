import type { Bilingual } from '../enums/define-enum';

/** How one record type is named in the API and shown to people. */
export interface ResourceDefinition {
  /** GraphQL object type, also the admin's resource name. */
  type: string;
  /** Query field for one record, e.g. `healthCenter(id)`. */
  one: string;
  /** Query field for a page of records, e.g. `healthCenters(filter, orderBy, first, offset, after)`. */
  many: string;
  singular: Bilingual;
  plural: Bilingual;
  /** What the record is, for the API documentation. */
  description: string;
}

export function defineResource(
  type: string,
  many: string,
  singular: Bilingual,
  plural: Bilingual,
  description: string,
): ResourceDefinition {
  return { type, one: type[0].toLowerCase() + type.slice(1), many, singular, plural, description };
}
