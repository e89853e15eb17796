import type { I18nProvider } from 'react-admin';
import { loadChunk } from './common/lazyPage';
import type { MujtamaDataProvider } from './dataProvider';

/**
 * The data provider, its code (the GraphQL client, the schema introspection: a third of the first
 * load) fetched on its first call, so the sign-in page does without it.
 */
export interface LazyDataProvider extends MujtamaDataProvider {
  /** Loads the code and the schema now, ahead of the first call. */
  preload(): Promise<void>;
}

export function lazyDataProvider(i18n: I18nProvider): LazyDataProvider {
  let loaded: Promise<MujtamaDataProvider> | undefined;
  const provider = () => {
    loaded ??= loadChunk(() => import('./dataProvider'))
      .then((module) => module.connectDataProvider(i18n))
      .catch((error: unknown) => {
        // A failed start (the API unreachable, say) is tried again on the next call.
        loaded = undefined;
        throw error;
      });
    return loaded;
  };
  return {
    getList: (resource, params) => provider().then((p) => p.getList(resource, params)),
    getOne: (resource, params) => provider().then((p) => p.getOne(resource, params)),
    getMany: (resource, params) => provider().then((p) => p.getMany(resource, params)),
    getManyReference: (resource, params) => provider().then((p) => p.getManyReference(resource, params)),
    create: (resource, params) => provider().then((p) => p.create(resource, params)),
    update: (resource, params) => provider().then((p) => p.update(resource, params)),
    updateMany: (resource, params) => provider().then((p) => p.updateMany(resource, params)),
    delete: (resource, params) => provider().then((p) => p.delete(resource, params)),
    deleteMany: (resource, params) => provider().then((p) => p.deleteMany(resource, params)),
    sortFields: (resource) => provider().then((p) => p.sortFields(resource)),
    preload: () => provider().then(() => undefined),
  };
}
