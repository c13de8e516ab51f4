export type { PublishProblem } from '../../../shared/api/calls/publish';
