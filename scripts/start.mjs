// `pnpm start`: builds the admin when its sources are newer than the build, then runs the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, 'admin/dist/index.html');

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['admin/src', 'admin/index.html', 'admin/playground.html', 'shared/src'].map((path) =>
  join(root, path),
);
const stale =
  !existsSync(built) ||
  sources.some(
    (path) =>
      existsSync(path) &&
      (statSync(path).isDirectory() ? newestChange(path) : statSync(path).mtimeMs) > statSync(built).mtimeMs,
  );
if (stale) {
  console.log('Building the admin and the playground…');
  const build = spawnSync('pnpm', ['--filter', '@mujtama/admin', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['-r', '@swc-node/register', 'src/index.ts'], {
  cwd: join(root, 'server'),
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
