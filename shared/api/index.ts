export * from './contract';
export * from './envelope';
export * from './client';
export { ProjectInfo, ProjectCounts } from './calls/project';
