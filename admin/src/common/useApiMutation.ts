import { useCallback } from 'react';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { describeError } from '../graphql/errors';
import { GraphQLRequestError, graphqlRequest } from './graphqlRequest';
import { useAppLocale } from './useAppLocale';

interface MutationOptions {
  /** The record type changed, for the field names in an invalid-input message. */
  resource: string;
  /** Translation keys that say what a refusal means for this operation, by the API's error code. */
  refusals?: Readonly<Record<string, string>>;
}

/**
 * Runs a mutation the data provider does not cover (bulk changes, generators, removals). A failure
 * is notified in the reader's language, as the data provider's are, and gives `undefined`.
 */
export function useApiMutation() {
  const notify = useNotify();
  const translate = useTranslate();
  const logout = useLogout();
  const locale = useAppLocale();
  return useCallback(
    async <T>(
      query: string,
      variables: Record<string, unknown>,
      { resource, refusals = {} }: MutationOptions,
    ): Promise<T | undefined> => {
      try {
        return await graphqlRequest<T>(query, variables);
      } catch (error) {
        const code = error instanceof GraphQLRequestError ? error.code : undefined;
        if (code === 'UNAUTHENTICATED') {
          logout();
          return undefined;
        }
        const refusal = code && refusals[code];
        // describeError reads the errors as ra-data-graphql hands them over.
        const graphQLErrors =
          error instanceof GraphQLRequestError
            ? [{ message: error.message, extensions: { ...error.extensions, code } }]
            : [];
        const { message } = describeError(
          { body: { graphQLErrors } },
          { resource, method: 'update', locale, translate },
        );
        notify(refusal ? translate(refusal) : message, { type: 'error' });
        return undefined;
      }
    },
    [notify, translate, logout, locale],
  );
}
