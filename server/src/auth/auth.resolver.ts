import { searchKey } from '@mujtama/shared/arabic';
import { resources } from '@mujtama/shared/resources';
import { checkField, passwordRule, userRules } from '@mujtama/shared/validation';
import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { writeAudit } from '../audit/audit';
import type { Context } from '../common/context';
import { crudResolver } from '../common/crud.resolver';
import { invalidInput } from '../common/errors';
import type { RecordPolicy } from '../common/records';
import { selectRows } from '../common/rows';
import { hashPassword, verifyPassword } from './password';
import { closeSession, currentUserOf, openSession } from './sessions';
import { User } from './user.entity';
import { CreateUserInput, LoginResult, UpdateUserInput, UserFilter } from './user.inputs';

export const userPolicy: RecordPolicy<User> = {
  entity: User,
  rules: userRules,
  searchKey: (user) => searchKey(user.displayName, user.email),
};

/** Hashes a sent password and keeps emails in one case, so sign-in does not depend on how it was typed. */
async function storedUserFields(input: Record<string, unknown>, creating: boolean) {
  const { password, ...fields } = input;
  if (typeof fields.email === 'string') fields.email = fields.email.trim().toLowerCase();
  if (creating || password !== undefined) {
    const violation = checkField('password', passwordRule, password, input);
    if (violation) throw invalidInput([violation]);
    fields.passwordHash = await hashPassword(String(password));
  }
  return fields;
}

const badCredentials = () =>
  new GraphQLError('Wrong email or password', { extensions: { code: 'UNAUTHENTICATED' } });

@Resolver(() => User)
export class UserResolver extends crudResolver({
  ...userPolicy,
  resource: resources.User,
  createInput: CreateUserInput,
  updateInput: UpdateUserInput,
  filter: UserFilter,
  mapInput: storedUserFields,
  sortable: ['id', 'email', 'displayName', 'role', 'active', 'createdAt', 'updatedAt'],
  defaultOrder: { displayName: 'asc' },
}) {
  @Mutation(() => LoginResult, {
    description: 'Signs in with email and password; the admin also gets a session cookie.',
  })
  async login(
    @Arg('email', () => String, { description: 'The email the user was registered with.' }) email: string,
    @Arg('password', () => String, { description: 'The password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const normalized = email.trim().toLowerCase();
    const [user] = await selectRows(ctx.em, User, { where: { email: normalized, deletedAt: null } });
    const stored =
      user && (await ctx.em.findOne(User, { id: user.id }, { fields: ['passwordHash'] }))?.passwordHash;
    const valid = Boolean(user?.active && stored && (await verifyPassword(password, stored)));
    await writeAudit(ctx.em, { ...ctx.actor, user: user ? currentUserOf(user) : null }, [
      {
        action: valid ? 'LOGIN' : 'LOGIN_FAILED',
        entityType: 'User',
        entityId: user?.id ?? null,
        reason: valid ? null : normalized,
      },
    ]);
    if (!valid || !user) throw badCredentials();
    const session = await openSession(ctx.em, user.id);
    ctx.setSessionCookie?.(session.token, session.expiresAt);
    return { ...session, user };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working at once.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.token) await closeSession(ctx.em, ctx.token);
    ctx.setSessionCookie?.(null);
    return true;
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.user) return null;
    const [user] = await selectRows(ctx.em, User, { where: { id: ctx.user.id } });
    return user ?? null;
  }
}
