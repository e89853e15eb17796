import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createRecord } from '../common/records';
import { userPolicy } from './auth.resolver';
import { generatePassword, hashPassword } from './password';
import { User } from './user.entity';

/**
 * On a database without users, creates the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD,
 * or with a generated password printed once.
 */
export async function ensureFirstAdmin(orm: MikroORM, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  // The primary, as a replica may not have the users yet.
  if ((await em.count(User, {}, { connectionType: 'write' })) > 0) return;
  const email = (env.ADMIN_EMAIL ?? 'admin@mujtama.local').trim().toLowerCase();
  const password = env.ADMIN_PASSWORD ?? generatePassword();
  await createRecord(em, userPolicy, {
    email,
    displayName: 'مدير النظام',
    role: 'ADMIN',
    centerIds: [],
    passwordHash: await hashPassword(password),
  });
  if (!env.ADMIN_PASSWORD) {
    console.log(
      `First administrator: ${email} with password ${password} (shown once; change it after signing in).`,
    );
  }
}
