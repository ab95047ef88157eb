export * from './config';
export * from './errors';
export * from './actor';
export * from './problem.filter';
export * from './validation';
export * from './events';
export * from './text';
export * from './pagination';
