export * from './hijri';
export * from './normalize';
