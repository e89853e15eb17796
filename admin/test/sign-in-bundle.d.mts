/** A chunk of Vite's build manifest (`dist/.vite/manifest.json`), by its key. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface Script {
  /** Path under dist/. */
  file: string;
  bytes: number;
  /** Its size gzipped at zlib's default level. */
  gzipBytes: number;
}

export const adminDist: string;
export function readManifest(dist?: string): Record<string, ManifestChunk>;
export function signInScripts(dist?: string): Script[];
