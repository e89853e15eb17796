import { type ComponentType, lazy } from 'react';

/** Set while the page reloads for a newer version, so a chunk that is really missing fails once. */
const RELOADING = 'mujtama.reloadingForNewVersion';

/**
 * Code split from the first load, loaded on demand. When a newer version was deployed since this tab
 * loaded, the chunks have new names: the page reloads once to get them.
 */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    const loaded = await load();
    sessionStorage.removeItem(RELOADING);
    return loaded;
  } catch (error) {
    if (!sessionStorage.getItem(RELOADING)) {
      sessionStorage.setItem(RELOADING, '1');
      window.location.reload();
    }
    throw error;
  }
}

/**
 * A page of a resource whose code loads the first time it is shown, so the first load carries
 * only the shell; react-admin's layout shows its loader meanwhile.
 */
export function lazyPage<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N) {
  return lazy(async () => ({ default: (await loadChunk(load))[name] }));
}
