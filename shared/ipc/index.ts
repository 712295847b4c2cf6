export * from './contract';
export * from './types';
export * from './events';
