import type { EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { writeAudit } from '../audit/audit';
import type { Context } from '../common/context';
import { ErrorCode, unauthenticated } from '../common/errors';

/**
 * `@Authorized(roles)`: nothing but the schema is readable without signing in, and each
 * operation names the roles that may use it. A refused mutation is logged.
 */
export const authChecker: AuthChecker<Context> = async ({ context, info }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length === 0 || roles.includes(context.user.role)) return true;
  if (info.parentType.name === 'Mutation') {
    await writeAudit(context.em.fork() as EntityManager, context.actor, [
      {
        action: 'DENIED',
        entityType: info.fieldName,
        reason: `role ${context.user.role} may not ${info.fieldName}`,
      },
    ]);
  }
  throw new GraphQLError(`Your role (${context.user.role}) may not use ${info.fieldName}.`, {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
};
