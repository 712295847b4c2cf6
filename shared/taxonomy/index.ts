export * from './keys';
export * from './labels';
