export * from './fields';
export * from './health.rules';
export * from './rules';
