export * from './apply';
export * from './clipboard';
export * from './commands';
export * from './rules';
