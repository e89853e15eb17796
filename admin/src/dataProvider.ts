import { resources } from '@mujtama/shared/resources';
import buildDataProvider from 'ra-data-graphql';
import { type DataProvider, HttpError, type I18nProvider } from 'react-admin';
import { apiOf, buildQueryFactory, sortableFields } from './graphql/buildQuery';
import { describeError } from './graphql/errors';

/** The API answers on the same origin as the admin. */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface MujtamaDataProvider extends DataProvider {
  /** The fields a resource's list can be sorted by, as the API offers them. */
  sortFields(resource: string): Promise<string[]>;
}

/** react-admin's data provider on the Mujtama GraphQL API, failing with messages in the reader's language. */
export function createDataProvider(i18n: I18nProvider): MujtamaDataProvider {
  const provider = buildDataProvider({
    clientOptions: { uri: GRAPHQL_ENDPOINT },
    introspection: { include: Object.keys(resources) },
    buildQuery: buildQueryFactory,
    // react-admin keeps its own cache; Apollo's would only hold stale copies.
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });

  const translated = <T>(resource: string, call: Promise<T>): Promise<T> =>
    call.catch((error: unknown) => {
      const locale = i18n.getLocale() === 'en' ? 'en' : 'ar';
      const { message, status, body } = describeError(error, { resource, locale, translate: i18n.translate });
      throw new HttpError(message, status, body);
    });

  return {
    getList: (resource, params) => translated(resource, provider.getList(resource, params)),
    getOne: (resource, params) => translated(resource, provider.getOne(resource, params)),
    getMany: (resource, params) => translated(resource, provider.getMany(resource, params)),
    getManyReference: (resource, params) => translated(resource, provider.getManyReference(resource, params)),
    create: (resource, params) => translated(resource, provider.create(resource, params)),
    update: (resource, params) => translated(resource, provider.update(resource, params)),
    updateMany: (resource, params) => translated(resource, provider.updateMany(resource, params)),
    delete: (resource, params) => translated(resource, provider.delete(resource, params)),
    deleteMany: (resource, params) => translated(resource, provider.deleteMany(resource, params)),
    sortFields: async (resource) =>
      sortableFields(apiOf((await provider.getIntrospection()).schema), resource),
  };
}
