export * from './apply';
export * from './clipboard';
export * from './commands';
export * from './departments';
export * from './rules';
export * from './placement';
