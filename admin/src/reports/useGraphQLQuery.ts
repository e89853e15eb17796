import { useEffect, useState } from 'react';
import { useLogout, useNotify } from 'react-admin';
import { GraphQLRequestError, graphqlRequest } from '../common/graphqlRequest';

interface QueryState<T> {
  data?: T;
  isPending: boolean;
  error?: unknown;
}

/** Runs a report query the data provider does not cover; a failure is notified, an ended session signs out. */
export function useGraphQLQuery<T>(query: string, variables?: Record<string, unknown>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ isPending: true });
  const notify = useNotify();
  const logout = useLogout();
  const key = JSON.stringify(variables ?? {});
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, isPending: true }));
    graphqlRequest<T>(query, JSON.parse(key))
      .then((data) => current && setState({ data, isPending: false }))
      .catch((error: unknown) => {
        if (!current) return;
        setState({ error, isPending: false });
        if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') logout();
        else notify('ra.notification.http_error', { type: 'error' });
      });
    return () => {
      current = false;
    };
  }, [query, key, notify, logout]);
  return state;
}
