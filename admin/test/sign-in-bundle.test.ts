import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDist, readManifest, signInScripts } from './sign-in-bundle.mjs';

/** The sign-in page's JavaScript, gzipped, in kB as Vite counts them. */
const BUDGET_BYTES = 400_000;

describe('the JavaScript of the sign-in page (from the build: `pnpm build` first)', () => {
  beforeAll(() => {
    if (!existsSync(join(adminDist, '.vite/manifest.json')))
      throw new Error('No admin build: run `pnpm build`');
  });

  it('is under 400 kB gzipped', () => {
    const scripts = signInScripts();
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    const largest = [...scripts]
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .slice(0, 8)
      .map((script) => `${script.file} ${(script.gzipBytes / 1000).toFixed(1)} kB`);
    expect(total, `largest: ${largest.join(', ')}`).toBeLessThan(BUDGET_BYTES);
  });

  it('is what index.html names: its entry and the chunks it preloads', () => {
    const html = readFileSync(join(adminDist, 'index.html'), 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1]);
    expect(new Set(named)).toEqual(new Set(signInScripts().map((script) => script.file)));
  });

  it('leaves out every resource page, whose code loads when it is first opened', () => {
    const upFront = new Set(signInScripts().map((script) => script.file));
    const pages = Object.values(readManifest()).filter((chunk) =>
      /^src\/\w+\/\w+(List|Show|Create|Edit)\.tsx$/.test(chunk.src ?? ''),
    );
    expect(pages.length).toBeGreaterThan(50);
    expect(
      pages.filter((page) => !page.isDynamicEntry || upFront.has(page.file)).map((page) => page.src),
    ).toEqual([]);
  });
});
