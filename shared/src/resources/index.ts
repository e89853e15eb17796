import { healthResources } from './health.resources';

export * from './define-resource';
export * from './health.resources';

/** Every record type of the platform, by GraphQL type name. */
export const resources = { ...healthResources } as const;
export type ResourceType = keyof typeof resources;
