export * from './ids';
export * from './person';
export * from './link';
export * from './account';
export * from './workspace';
export * from './agenda';
