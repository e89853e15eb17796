import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { type Context, createContext } from './common/context';
import { ErrorCode } from './common/errors';
import type { Config } from './config';
import { getSchema } from './schema';
import { SESSION_COOKIE, tokenOf, userOfToken } from './auth/sessions';

const publicCodes = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

/** Typed errors pass through; anything else is an internal fault and tells the client nothing more. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (publicCodes.has(code)) return formatted;
  console.error(error);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

export async function createApp(orm: MikroORM, config: Config) {
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork() as EntityManager;
        const token = tokenOf(req.headers);
        const user = token ? await userOfToken(em, token) : null;
        return createContext(orm.em as EntityManager, { user, token }, (value, expires) => {
          const cookie = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
          if (value) res.cookie(SESSION_COOKIE, value, { ...cookie, expires });
          else res.clearCookie(SESSION_COOKIE, cookie);
        });
      },
    }),
  );
  const playground = join(config.adminDist, 'playground.html');
  app.get(['/playground', '/playground/'], (_request, response) => {
    if (existsSync(playground)) response.sendFile(playground);
    else response.status(503).type('text').send('The playground is not built: run `pnpm build`.');
  });
  app.use(express.static(config.adminDist, { index: 'index.html', maxAge: '1h' }));
  return { app, apollo };
}
