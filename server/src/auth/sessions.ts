import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { UserRole } from '@mujtama/shared/enums';
import { runStatement } from '../common/rows';
import type { CurrentUser } from './actor';
import { Session, User } from './user.entity';

/** Sessions live in the database, so every server process behind a load balancer accepts them. */
export const SESSION_HOURS = 12;
export const SESSION_COOKIE = 'mujtama_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function openSession(
  em: EntityManager,
  userId: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await em.insert(Session, { tokenHash: hashToken(token), userId, createdAt: new Date(), expiresAt });
  return { token, expiresAt };
}

export async function closeSession(em: EntityManager, token: string): Promise<void> {
  await em.nativeDelete(Session, { tokenHash: hashToken(token) });
}

interface SessionRow {
  expires_at: Date | string | number;
  id: number;
  email: string;
  role: UserRole;
  center_ids: string;
  person_id: number | null;
  active: boolean | number;
  deleted_at: unknown;
}

/** The active user a token belongs to, or null for a missing, expired or revoked token: one indexed lookup. */
export async function userOfToken(em: EntityManager, token: string): Promise<CurrentUser | null> {
  const [row] = (await runStatement(
    em,
    `select s.expires_at, u.id, u.email, u.role, u.center_ids, u.person_id, u.active, u.deleted_at
       from app_session s join app_user u on u.id = s.user_id
      where s.token_hash = ?`,
    [hashToken(token)],
    { primary: true },
  )) as unknown as SessionRow[];
  if (!row?.active || row.deleted_at || new Date(row.expires_at).getTime() <= Date.now()) return null;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    centerIds: row.center_ids.split(',').filter(Boolean).map(Number),
    personId: row.person_id,
  };
}

export function currentUserOf(user: User): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    centerIds: user.centerIds.map(Number),
    personId: user.personId ?? null,
  };
}

/** The token of a request: `Authorization: Bearer …` for API clients, the session cookie for the admin. */
export function tokenOf(headers: { authorization?: string; cookie?: string }): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1];
  const cookie = (headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === SESSION_COOKIE);
  return cookie?.[1] ? decodeURIComponent(cookie[1]) : null;
}
