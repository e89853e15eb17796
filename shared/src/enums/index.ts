export * from './association.enums';
export * from './auth.enums';
export * from './define-enum';
export * from './health.enums';
export * from './import.enums';
