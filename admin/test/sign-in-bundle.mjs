// The admin's JavaScript that the sign-in page loads, read from Vite's build manifest: the entry of
// index.html and the chunks it imports, not those loaded on demand. Used by the size test and by
// `pnpm bench:admin`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const adminDist = fileURLToPath(new URL('../dist/', import.meta.url));

export function readManifest(dist = adminDist) {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
}

export function signInScripts(dist = adminDist) {
  const manifest = readManifest(dist);
  const files = [];
  const visit = (key) => {
    const chunk = manifest[key];
    if (files.includes(chunk.file)) return;
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  return files.map((file) => {
    const code = readFileSync(join(dist, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code).length };
  });
}
