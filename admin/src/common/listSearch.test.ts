import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listFilters } from './listFilters';

const SOURCES = fileURLToPath(new URL('..', import.meta.url));

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return components(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** The audit log: the API narrows it by record type, action, user and dates, not by text. */
const WITHOUT_SEARCH = ['auditEntries/AuditEntryList.tsx'];

/** Files that render react-admin's `<List>` of records. */
const listPages = components(SOURCES).filter((file) => {
  const text = readFileSync(file, 'utf8');
  if (WITHOUT_SEARCH.includes(file.slice(SOURCES.length))) return false;
  return /import \{[^}]*\bList\b[^}]*\} from 'react-admin'/.test(text) && /<List\b/.test(text);
});

describe('list search', () => {
  it('is the API’s Arabic-aware `q`, always shown first', () => {
    const [search] = listFilters();
    expect(search.props).toMatchObject({ source: 'q', alwaysOn: true });
  });

  it('is on every list of the admin', () => {
    expect(listPages.length).toBeGreaterThan(10);
    const without = listPages
      .filter(
        (file) =>
          !/filters=\{/.test(readFileSync(file, 'utf8')) || !/listFilters\(/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => file.slice(SOURCES.length));
    expect(without).toEqual([]);
  });
});
