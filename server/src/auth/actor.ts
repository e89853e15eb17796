import type { UserRole } from '@mujtama/shared/enums';

/** The signed-in user a request acts for. */
export interface CurrentUser {
  id: number;
  email: string;
  role: UserRole;
  /** Health centers a health manager manages. */
  centerIds: number[];
  /** A coach's own person record. */
  personId: number | null;
}

/** Who a write is done for: a user of a request, or the system itself (seeding). */
export interface Actor {
  user: CurrentUser | null;
  requestId: string | null;
  /** Seed data is not audited line by line. */
  audit: boolean;
  /**
   * Loading seed data inside the seeder's own transaction: no savepoint per record, foreign keys
   * left to the database's constraints, and the written row not read back.
   */
  bulk?: boolean;
}

export const systemActor: Actor = { user: null, requestId: null, audit: false, bulk: true };
