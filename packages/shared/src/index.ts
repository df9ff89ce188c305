export * from './enums';
export * from './permissions';
export * from './errors';
export * from './id-number';
export * from './fields';
export * from './org-nesting';
export * from './ratings';
