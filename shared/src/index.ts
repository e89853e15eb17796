export * from './access';
export * from './arabic';
export * from './enums';
export * from './labels';
export * from './resources';
export * from './validation';
