import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, CurrentUser } from '../auth/actor';
import { Loaders } from './loaders';

/** What every resolver of one request shares: its own EntityManager, its user and its loader caches. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  user: CurrentUser | null;
  /** The session token the request came with, if any. */
  token: string | null;
  actor: Actor;
  /** Sets or clears the admin's session cookie on the response (absent outside HTTP). */
  setSessionCookie?: (token: string | null, expires?: Date) => void;
}

export function createContext(
  em: EntityManager,
  session: { user: CurrentUser | null; token: string | null } = { user: null, token: null },
  setSessionCookie?: Context['setSessionCookie'],
): Context {
  const { user, token } = session;
  const fork = em.fork({ clear: true, useContext: false }) as EntityManager;
  const actor: Actor = { user, requestId: randomUUID(), audit: true };
  return { em: fork, loaders: new Loaders(fork, actor), user, token, actor, setSessionCookie };
}
