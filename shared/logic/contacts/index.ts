export * from './build';
export * from './guess';
export * from './mapping';
export * from './preview';
export * from './problems';
export * from './table';
