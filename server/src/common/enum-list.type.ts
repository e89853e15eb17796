import { type Platform, Type } from '@mikro-orm/core';

/**
 * A set of enum values stored as `,A,B,` text: the same column on SQLite and PostgreSQL, and
 * "holds role X" is the portable `LIKE '%,X,%'`.
 */
export class EnumListType extends Type<string[], string> {
  override convertToDatabaseValue(value: string[] | string | null): string {
    if (typeof value === 'string') return value;
    return value?.length ? `,${[...new Set(value)].join(',')},` : '';
  }

  override convertToJSValue(value: string | string[] | null): string[] {
    if (Array.isArray(value)) return value;
    return (value ?? '').split(',').filter(Boolean);
  }

  override getColumnType(): string {
    return 'varchar(500)';
  }

  override compareAsType(): string {
    return 'string';
  }

  override ensureComparable(): boolean {
    return false;
  }

  /** The filter value matching rows that hold `value`. */
  static containing(value: string): string {
    return `%,${value},%`;
  }

  override toJSON(value: string[], _platform: Platform): string[] {
    return value;
  }
}
