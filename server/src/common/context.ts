import type { EntityManager } from '@mikro-orm/knex';
import { Loaders } from './loaders';

/** What every resolver of one request shares: its own EntityManager and its own loader caches. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(em: EntityManager): Context {
  const fork = em.fork({ clear: true, useContext: false }) as EntityManager;
  return { em: fork, loaders: new Loaders(fork) };
}
