// `pnpm start`: builds the admin and the server when their sources are newer than the builds, then
// runs the compiled server in this process (a second Node process would add its own start-up).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, buildSources, serverEntry } from '../server/build.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function newestChange(path) {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    newest = Math.max(newest, newestChange(join(path, entry.name)));
  }
  return newest;
}

/** Whether `built` is missing or older than one of `sources`. */
function stale(built, sources) {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((path) => existsSync(path) && newestChange(path) > builtAt);
}

const adminSources = ['admin/src', 'admin/index.html', 'admin/playground.html', 'shared/src'];
if (
  stale(
    join(root, 'admin/dist/index.html'),
    adminSources.map((path) => join(root, path)),
  )
) {
  console.log('Building the admin and the playground…');
  const build = spawnSync('pnpm', ['--filter', '@mujtama/admin', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (stale(serverEntry, buildSources)) {
  console.log('Building the server…');
  await buildServer();
}

process.env.NODE_ENV ??= 'production';
process.chdir(join(root, 'server'));
createRequire(import.meta.url)(serverEntry);
