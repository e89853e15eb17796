import { associationResources } from './association.resources';
import { authResources } from './auth.resources';
import { healthResources } from './health.resources';

export * from './association.resources';
export * from './auth.resources';
export * from './define-resource';
export * from './health.resources';

/** Every record type of the platform, by GraphQL type name. */
export const resources = { ...authResources, ...healthResources, ...associationResources } as const;
export type ResourceType = keyof typeof resources;
