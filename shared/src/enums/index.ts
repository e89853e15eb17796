export * from './define-enum';
export * from './health.enums';
