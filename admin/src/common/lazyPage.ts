import { type ComponentType, lazy } from 'react';

/** Set while the page reloads for a newer version, so a chunk that is really missing fails once. */
const RELOADING = 'mujtama.reloadingForNewVersion';

/**
 * A page of a resource whose code loads the first time it is shown, so the first load carries
 * only the shell; react-admin's layout shows its loader meanwhile.
 */
export function lazyPage<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N) {
  return lazy(async () => {
    try {
      const page = (await load())[name];
      sessionStorage.removeItem(RELOADING);
      return { default: page };
    } catch (error) {
      // A newer version was deployed since this tab loaded: its chunks have new names.
      if (!sessionStorage.getItem(RELOADING)) {
        sessionStorage.setItem(RELOADING, '1');
        window.location.reload();
      }
      throw error;
    }
  });
}
