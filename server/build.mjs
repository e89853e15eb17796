// `pnpm --filter @mujtama/server build`: compiles the server, and the shared package it imports, to
// plain JavaScript in dist/ with SWC, so that `pnpm start` runs without a TypeScript hook (loading
// @swc-node/register and compiling on the fly took about half a second of every start).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const server = dirname(fileURLToPath(import.meta.url));
const serverSources = join(server, 'src');
const sharedSources = join(server, '../shared/src');
const dist = join(server, 'dist');

/** What the build is made from: a change to any of them makes it stale. */
export const buildSources = [serverSources, sharedSources, fileURLToPath(import.meta.url)];
/** The file `pnpm start` runs; written last, so a build cut short counts as missing. */
export const serverEntry = join(dist, 'index.js');

/** server/tsconfig.json in SWC's terms: decorators with their metadata, no define semantics for fields. */
const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    // The shared package is compiled to dist/shared: its imports are rewritten to point there.
    baseUrl: server,
    paths: { '@mujtama/shared/*': [join(serverSources, 'shared/*')] },
  },
  module: { type: 'commonjs' },
  // Stack traces point at the sources with NODE_OPTIONS=--enable-source-maps (which adds a tenth of
  // a second to a start, so it is not on by default).
  sourceMaps: true,
  inlineSourcesContent: false,
};

async function typescriptFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((file) => file.isFile() && file.name.endsWith('.ts') && !file.name.endsWith('.test.ts'))
    .map((file) => join(file.parentPath, file.name));
}

export async function buildServer() {
  const { transformFile } = await import('@swc/core');
  const compile = async (file, from, to) => {
    const out = join(to, relative(from, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, {
      ...options,
      sourceFileName: relative(dirname(out), file),
    });
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${code}\n//# sourceMappingURL=${relative(dirname(out), out)}.map\n`);
    await writeFile(`${out}.map`, map ?? '');
  };
  await rm(dist, { recursive: true, force: true });
  const [own, shared] = await Promise.all([typescriptFiles(serverSources), typescriptFiles(sharedSources)]);
  const index = join(serverSources, 'index.ts');
  await Promise.all([
    ...own.filter((file) => file !== index).map((file) => compile(file, serverSources, dist)),
    ...shared.map((file) => compile(file, sharedSources, join(dist, 'shared'))),
  ]);
  await compile(index, serverSources, dist);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
