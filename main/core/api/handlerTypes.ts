import type { z } from 'zod';
import type { Contract, Method, ResultOf } from '../../../shared/api/contract';
import type { Workspace } from './workspace';

export type Handler<M extends Method> = (
  workspace: Workspace,
  args: z.output<Contract[M]['args']>,
) => ResultOf<M> | Promise<ResultOf<M>>;

export type HandlersFor<Calls> = { [M in keyof Calls & Method]: Handler<M> };
