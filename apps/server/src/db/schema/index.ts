export * from './platform';
export * from './org';
export * from './people';
export * from './accounts';
export * from './orglife';
export * from './ratings';
export * from './points';
export * from './evaluation';
