import type { BaseRecord } from './base.entity';
import type { RecordPolicy } from './records';

const policies = new Map<string, RecordPolicy<BaseRecord>>();

/** Every record type's policy by entity name, so loaders narrow nested reads exactly as lists do. */
export function registerPolicy<E extends BaseRecord>(policy: RecordPolicy<E>): void {
  policies.set(policy.entity.name, policy as unknown as RecordPolicy<BaseRecord>);
}

export function policyOf(entityName: string): RecordPolicy<BaseRecord> | undefined {
  return policies.get(entityName);
}
