import { type ComponentType, lazy } from 'react';

/**
 * A page of a resource whose code loads the first time it is shown, so the first load carries
 * only the shell; react-admin's layout shows its loader meanwhile.
 */
export function lazyPage<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N) {
  return lazy(async () => ({ default: (await load())[name] }));
}
