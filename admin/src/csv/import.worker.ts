import type { ImportType } from '@mujtama/shared/enums';
import { type Lookup, type PreparedImport, prepareImport } from './importRows';
import { importSpecs } from './importSpecs';

export interface ImportRequest {
  file: File;
  type: ImportType;
  lookups: Record<string, Lookup>;
}

export type ImportMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; result: PreparedImport }
  | { kind: 'failed' };

/**
 * Spreadsheets saved as "CSV UTF-8" are UTF-8; Excel's plain "CSV" on Arabic Windows writes
 * Windows-1256, which is read when the bytes are not valid UTF-8.
 */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}

const reply = (message: ImportMessage) => postMessage(message);

// A file of thousands of rows is parsed and checked here, off the page's thread.
addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
  const { file, type, lookups } = event.data;
  try {
    const text = await readText(file);
    const result = prepareImport(text, importSpecs[type], lookups, (done, total) =>
      reply({ kind: 'progress', done, total }),
    );
    reply({ kind: 'done', result });
  } catch {
    reply({ kind: 'failed' });
  }
});
