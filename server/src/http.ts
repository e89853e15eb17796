import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { SESSION_COOKIE, tokenOf, userOfToken } from './auth/sessions';
import { type Context, createContext } from './common/context';
import { ErrorCode } from './common/errors';
import type { Config } from './config';
import { getSchema } from './schema';
import { limits, operationLimitsPlugin } from './security';

const publicCodes = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  // The request's own faults as Apollo names them: an unknown operationName, a malformed request.
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Typed errors pass through; anything else is an internal fault and tells the client nothing more. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production = false,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (publicCodes.has(code)) {
    // Field suggestions would map the schema for a stranger; the playground's schema docs serve developers.
    return production
      ? { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, '') }
      : formatted;
  }
  console.error(error);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Errors raised before GraphQL runs (an oversized or malformed body) answer in GraphQL's JSON shape. */
const jsonErrors: ErrorRequestHandler = (
  error: { status?: number; type?: string },
  _request,
  response,
  next,
) => {
  if (response.headersSent) return next(error);
  const status = error.status ?? 500;
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message =
    status === 413
      ? `Request body larger than ${limits.bodyBytes} bytes`
      : status < 500
        ? 'Malformed request body'
        : 'Internal server error';
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
};

export async function createApp(orm: MikroORM, config: Config) {
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    includeStacktraceInErrorResponses: false,
    // The schema is public (its descriptions are the API documentation); the data is not.
    introspection: true,
    parseOptions: { maxTokens: limits.tokens },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // Inline traces are for a federation gateway, and this server is no subgraph: disabled, Apollo
      // does not load their protobuf code at start.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: limits.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = tokenOf(req.headers);
        // A raw statement on the primary: no identity map is involved, so no fork of its own.
        const user = token ? await userOfToken(orm.em as EntityManager, token) : null;
        return createContext(orm.em as EntityManager, { user, token }, (value, expires) => {
          const cookie = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
          if (value) res.cookie(SESSION_COOKIE, value, { ...cookie, expires });
          else res.clearCookie(SESSION_COOKIE, cookie);
        });
      },
    }),
  );
  app.use(jsonErrors);
  const playground = join(config.adminDist, 'playground.html');
  app.get(['/playground', '/playground/'], (_request, response) => {
    if (existsSync(playground)) response.sendFile(playground);
    else response.status(503).type('text').send('The playground is not built: run `pnpm build`.');
  });
  app.use(
    express.static(config.adminDist, {
      index: 'index.html',
      maxAge: '1y',
      immutable: true,
      // Asset names carry their content hash; the pages naming them must never be stale after a release.
      setHeaders: (response, path) => {
        if (path.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  return { app, apollo };
}
