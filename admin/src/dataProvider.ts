import { resources } from '@mujtama/shared/resources';
import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionSchema } from 'graphql';
import buildDataProvider from 'ra-data-graphql';
import { type DataProvider, HttpError, type I18nProvider, type Identifier } from 'react-admin';
import { auditFilter } from './auditEntries/auditFilter';
import { GRAPHQL_ENDPOINT, graphqlRequest } from './common/graphqlRequest';
import { apiOf, buildQueryFactory, sortableFields } from './graphql/buildQuery';
import { describeError } from './graphql/errors';
import { toLocale } from './i18n';

/**
 * Bulk changes send one aliased mutation per record; the API refuses an operation with more than
 * 30 aliases, so a large selection goes in several requests.
 */
const BULK_CHUNK = 25;

async function inChunks(
  ids: readonly Identifier[],
  run: (chunk: Identifier[]) => Promise<{ data?: Identifier[] }>,
): Promise<{ data: Identifier[] }> {
  const data: Identifier[] = [];
  for (let start = 0; start < ids.length; start += BULK_CHUNK) {
    data.push(...((await run(ids.slice(start, start + BULK_CHUNK))).data ?? []));
  }
  return { data };
}

export interface MujtamaDataProvider extends DataProvider {
  /** The fields a resource's list can be sorted by, as the API offers them. */
  sortFields(resource: string): Promise<string[]>;
}

/**
 * react-admin's data provider on the Mujtama GraphQL API, failing with messages in the reader's language.
 * Without `schema` it asks the API for it through Apollo.
 */
export function createDataProvider(i18n: I18nProvider, schema?: IntrospectionSchema): MujtamaDataProvider {
  const provider = buildDataProvider({
    clientOptions: { uri: GRAPHQL_ENDPOINT },
    introspection: { include: Object.keys(resources), schema },
    buildQuery: buildQueryFactory,
    // react-admin keeps its own cache; Apollo's would only hold stale copies.
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });

  const translated = <T>(method: string, resource: string, call: Promise<T>): Promise<T> =>
    call.catch((error: unknown) => {
      const locale = toLocale(i18n.getLocale());
      const described = describeError(error, { resource, method, locale, translate: i18n.translate });
      throw new HttpError(described.message, described.status, described.body);
    });

  return {
    getList: (resource, params) =>
      translated(
        'getList',
        resource,
        provider.getList(
          resource,
          resource === 'AuditEntry' ? { ...params, filter: auditFilter(params.filter ?? {}) } : params,
        ),
      ),
    getOne: (resource, params) => translated('getOne', resource, provider.getOne(resource, params)),
    getMany: (resource, params) => translated('getMany', resource, provider.getMany(resource, params)),
    getManyReference: (resource, params) =>
      translated('getManyReference', resource, provider.getManyReference(resource, params)),
    create: (resource, params) => translated('create', resource, provider.create(resource, params)),
    update: (resource, params) => translated('update', resource, provider.update(resource, params)),
    updateMany: (resource, params) =>
      translated(
        'updateMany',
        resource,
        inChunks(params.ids, (ids) => provider.updateMany(resource, { ...params, ids })),
      ),
    delete: (resource, params) => translated('delete', resource, provider.delete(resource, params)),
    deleteMany: (resource, params) =>
      translated(
        'deleteMany',
        resource,
        inChunks(params.ids, (ids) => provider.deleteMany(resource, { ...params, ids })),
      ),
    sortFields: async (resource) =>
      sortableFields(apiOf((await provider.getIntrospection()).schema), resource),
  };
}

/**
 * The data provider on the schema read with a plain request: through Apollo, its cache would store
 * the whole introspection result, a third of a second before the first list of a page shows.
 */
export async function connectDataProvider(i18n: I18nProvider): Promise<MujtamaDataProvider> {
  const { __schema } = await graphqlRequest<IntrospectionQuery>(getIntrospectionQuery());
  return createDataProvider(i18n, __schema);
}
