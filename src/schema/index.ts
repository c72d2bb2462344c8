export * from './metric.ts';
export * from './task.ts';
export * from './report.ts';
export * from './sidecar.ts';
export * from './overrides.ts';
export * from './taxonomy.ts';
export * from './site.ts';
export * from './source.ts';
