/** The API answers on the same origin as the admin. */
export const GRAPHQL_ENDPOINT = '/graphql';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** The error's extensions, e.g. the bilingual `violations` of invalid input. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/**
 * One GraphQL request with the session cookie, for operations outside the data provider (sign-in,
 * reports, imports). Fails with the first error's message and code.
 */
export async function graphqlRequest<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  };
  const [error] = body.errors ?? [];
  if (error || !body.data)
    throw new GraphQLRequestError(
      error?.message ?? response.statusText,
      error?.extensions?.code,
      error?.extensions,
    );
  return body.data;
}
