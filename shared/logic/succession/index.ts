export * from './as-of';
export * from './commands';
export * from './posts';
export * from './timeline';
