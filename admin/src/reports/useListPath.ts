import { useResourceDefinitions } from 'react-admin';

/**
 * The address of a resource's list with a filter applied, as react-admin reads it from the URL;
 * undefined while the admin has no list for that resource, so nothing links to a missing page.
 */
export function useListPath(): (resource: string, filter?: Record<string, unknown>) => string | undefined {
  const definitions = useResourceDefinitions();
  return (resource, filter) => {
    if (!definitions[resource]?.hasList) return undefined;
    return filter ? `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}` : `/${resource}`;
  };
}
