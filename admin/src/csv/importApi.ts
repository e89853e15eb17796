import type { ImportType } from '@mujtama/shared/enums';
import { graphqlRequest } from '../common/graphqlRequest';

/** Rows per request: the server checks at most this many at a time. */
const CHUNK = 1_000;
/** Enough of the server's problems to fix a file by; more would only repeat them. */
const ENOUGH_ERRORS = 100;

export interface ServerRowError {
  row: number;
  field: string | null;
  code: string;
  messageAr: string;
  messageEn: string;
}

export type ImportPhase =
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'writing'; total: number };

export type ImportOutcome = { created: number } | { errorCount: number; errors: ServerRowError[] };

const ERROR_FIELDS = 'errorCount errors { row field code messageAr messageEn }';
const CHECK = `mutation CheckImport($type: ImportType!, $rows: [JSONObject!]!, $firstRow: Int!, $batch: String) {
  checkImport(type: $type, rows: $rows, firstRow: $firstRow, batch: $batch) { batch ${ERROR_FIELDS} }
}`;
const COMMIT = `mutation CommitImport($batch: String!, $rows: Int!) {
  commitImport(batch: $batch, rows: $rows) { created ${ERROR_FIELDS} }
}`;
const DISCARD = 'mutation DiscardImport($batch: String!) { discardImport(batch: $batch) }';

interface Checked {
  errorCount: number;
  errors: ServerRowError[];
}

/**
 * Sends an import the server keeps all-or-nothing: every chunk is checked through the real write
 * path and rolled back, then one commit writes all rows in one transaction. Nothing is written
 * when any row fails, at the check or at the commit.
 */
export async function sendImport(
  type: ImportType,
  rows: readonly Record<string, unknown>[],
  onProgress: (progress: ImportPhase) => void,
): Promise<ImportOutcome> {
  let batch: string | null = null;
  const failed: Checked = { errorCount: 0, errors: [] };
  for (let firstRow = 0; firstRow < rows.length && failed.errors.length < ENOUGH_ERRORS; firstRow += CHUNK) {
    onProgress({ phase: 'checking', done: firstRow, total: rows.length });
    const { checkImport }: { checkImport: Checked & { batch: string } } = await graphqlRequest(CHECK, {
      type,
      rows: rows.slice(firstRow, firstRow + CHUNK),
      firstRow,
      batch,
    });
    batch = checkImport.batch;
    failed.errorCount += checkImport.errorCount;
    failed.errors.push(...checkImport.errors);
  }
  if (!batch) return { created: 0 };
  if (failed.errorCount > 0) {
    await graphqlRequest(DISCARD, { batch });
    return failed;
  }
  onProgress({ phase: 'writing', total: rows.length });
  const { commitImport }: { commitImport: Checked & { created: number } } = await graphqlRequest(COMMIT, {
    batch,
    rows: rows.length,
  });
  return commitImport.errorCount > 0 ? commitImport : { created: commitImport.created };
}
