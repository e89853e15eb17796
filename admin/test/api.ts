/** A signed-in client of the GraphQL API, to prepare and clean up what a browser test works on. */
export interface ApiClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

async function post<T>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(
      `GraphQL request failed: ${body.errors?.map((error) => error.message).join('; ') ?? response.status}`,
    );
  }
  return body.data;
}

export async function signInToApi(url: string, email: string, password: string): Promise<ApiClient> {
  const { login } = await post<{ login: { token: string } }>(
    url,
    {},
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  const headers = { authorization: `Bearer ${login.token}` };
  return { request: (query, variables) => post(url, headers, query, variables) };
}

/** Who the browser tests sign in as: the first administrator the server creates from the same variables. */
export function testCredentials(): { email: string; password: string } {
  const password = process.env.ADMIN_PASSWORD;
  if (!password)
    throw new Error('Set ADMIN_PASSWORD (and ADMIN_EMAIL) to the administrator the server was started with');
  return { email: process.env.ADMIN_EMAIL ?? 'admin@mujtama.local', password };
}
