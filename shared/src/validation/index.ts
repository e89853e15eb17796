export * from './association.rules';
export * from './auth.rules';
export * from './fields';
export * from './health.rules';
export * from './rules';
