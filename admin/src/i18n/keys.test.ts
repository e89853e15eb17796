import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EnumDefinition } from '@mujtama/shared/enums';
import * as enums from '@mujtama/shared/enums';
import { describe, expect, it } from 'vitest';
import { arabicMessages } from './ar';
import { englishMessages } from './en';
import { resourceMessages } from './resources';

const SOURCES = fileURLToPath(new URL('..', import.meta.url));
const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Every leaf of a message tree, as `path → text`. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The translation keys the admin's code names: quoted keys (`'mujtama.csv.import'`), and the
 * keys a file's short-hand `t('title')` makes when the file builds them on one prefix
 * (`` translate(`mujtama.statistics.${key}`) ``).
 */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(SOURCES)) {
    const text = readFileSync(file, 'utf8');
    const name = file.slice(SOURCES.length);
    for (const [, key] of text.matchAll(/['"`]((?:mujtama|ra)\.[a-z0-9_]+(?:\.[a-z0-9_]+)+)['"`]/gi))
      used.set(key, name);
    const prefixes = new Set([...text.matchAll(/`(mujtama\.[a-z_.]+\.)\$\{/g)].map(([, prefix]) => prefix));
    if (prefixes.size !== 1) continue;
    const [prefix] = prefixes;
    for (const [, key] of text.matchAll(/\bt\('([a-z0-9_]+)'/g)) used.set(`${prefix}${key}`, name);
  }
  return used;
}

describe('translations', () => {
  const arabic = leaves({ ...arabicMessages, resources: resourceMessages('ar') });
  const english = leaves({ ...englishMessages, resources: resourceMessages('en') });

  it('exist in Arabic and English for every key the code names', () => {
    const missing = [...usedKeys()]
      .filter(([key]) => !arabic.has(key) || !english.has(key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('are written in Arabic in Arabic and in English in English', () => {
    // A message of placeholders alone (`%{name}`) has nothing to translate.
    const words = (text: string) => text.replace(/%\{\w+\}/g, '');
    const notArabic = [...arabic]
      .filter(([, text]) => /\p{L}/u.test(words(text)) && !ARABIC_LETTER.test(text))
      .map(([key]) => key);
    const notEnglish = [...english].filter(([, text]) => ARABIC_LETTER.test(text)).map(([key]) => key);
    expect(notArabic).toEqual([]);
    expect(notEnglish).toEqual([]);
  });

  it('label every value of every shared enum in both languages', () => {
    const isEnum = (value: unknown): value is EnumDefinition<string> =>
      typeof value === 'object' && value !== null && 'labels' in value && 'keys' in value;
    const unlabelled: string[] = [];
    for (const definition of (Object.values(enums) as unknown[]).filter(isEnum)) {
      for (const key of definition.keys) {
        const { ar, en } = definition.labels[key];
        if (!ARABIC_LETTER.test(ar) || !en.trim() || ARABIC_LETTER.test(en))
          unlabelled.push(`${definition.name}.${key}`);
      }
    }
    expect(unlabelled).toEqual([]);
  });
});
