export * from './cell-position';
export * from './quantity';
export * from './project';
export * from './indicator';
export * from './grading-policy';
export * from './validation-issue';
export * from './summary';
export * from './restore-point';
