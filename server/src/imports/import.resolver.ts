import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { accessOf } from '@mujtama/shared/access';
import { ImportType, importResource, type UserRole } from '@mujtama/shared/enums';
import type { GraphQLResolveInfo } from 'graphql';
import { coerceInputValue, GraphQLError, type GraphQLSchema, isInputObjectType } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Info, Int, Mutation, Resolver } from 'type-graphql';
import { writeAudit } from '../audit/audit';
import type { Context } from '../common/context';
import { ErrorCode, invalidField } from '../common/errors';
import { policyOf } from '../common/policies';
import { createRecord } from '../common/records';
import { ImportCheck, ImportResult, ImportRowError } from './import.types';
import { ImportChunk } from './import-chunk.entity';

/** Rows per chunk: a chunk of typical rows stays well inside the request body limit. */
const MAX_CHUNK_ROWS = 1_000;
const MAX_IMPORT_ROWS = 20_000;
const MAX_REPORTED = 100;
/** Chunks of an import nobody committed are dropped after a day. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Every role that may create at least one of the importable types. */
const importers: UserRole[] = [
  ...new Set(ImportType.keys.flatMap((type) => accessOf(importResource[type]).write)),
];

/** A single create's refusal in Arabic, for a row of the import; the English is the error's own message. */
const arabicRowMessages: Record<string, string> = {
  [ErrorCode.CONFLICT]: 'يتعارض هذا الصف مع سجل موجود (قد يكون سجلًا بالقيم نفسها، ولو في سلة المحذوفات)',
  [ErrorCode.FORBIDDEN]: 'هذا الصف خارج المراكز أو العملاء الذين تديرهم',
  [ErrorCode.NOT_FOUND]: 'يشير هذا الصف إلى سجل غير موجود',
};

interface Outcome {
  created: number;
  errorCount: number;
  errors: ImportRowError[];
  /** Rows refused as outside the user's scope. */
  refused: number;
}

class Rollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('rolled back');
  }
}

async function requireWriter(ctx: Context, type: ImportType): Promise<void> {
  const resource = importResource[type];
  const role = ctx.user!.role;
  if (accessOf(resource).write.includes(role)) return;
  const reason = `role ${role} may not import ${resource} records`;
  await writeAudit(ctx.em.fork() as EntityManager, ctx.actor, [
    { action: 'DENIED', entityType: resource, reason },
  ]);
  throw new GraphQLError(`Your role (${role}) may not create ${resource} records.`, {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

/** A create's typed error as row errors; anything else is a fault and aborts the import. */
function rowErrors(row: number, error: unknown): ImportRowError[] {
  if (!(error instanceof GraphQLError)) throw error;
  const code = String(error.extensions.code ?? '');
  const violations = error.extensions.violations;
  if (code === ErrorCode.BAD_USER_INPUT && Array.isArray(violations)) {
    return violations.map((violation: { field: string; message: { ar: string; en: string } }) => ({
      row,
      field: violation.field,
      code,
      messageAr: violation.message.ar,
      messageEn: violation.message.en,
    }));
  }
  const messageAr = arabicRowMessages[code];
  if (!messageAr) throw error;
  return [{ row, field: null, code, messageAr, messageEn: error.message }];
}

/**
 * Creates every row through the same write path as `create<Type>` (input coercion, rules, references,
 * domain rules, row scope, audit), each in its own savepoint so one failing row does not hide the
 * problems of the next. The caller's transaction decides whether any of it is kept.
 */
async function createRows(
  tx: EntityManager,
  ctx: Context,
  schema: GraphQLSchema,
  type: ImportType,
  chunks: readonly Pick<ImportChunk, 'position' | 'rows'>[],
): Promise<Outcome> {
  const resource = importResource[type];
  const policy = policyOf(resource);
  const inputType = schema.getType(`Create${resource}Input`);
  if (!policy || !isInputObjectType(inputType)) throw new Error(`${resource} cannot be imported`);
  const outcome: Outcome = { created: 0, errorCount: 0, errors: [], refused: 0 };
  const fail = (problems: ImportRowError[]) => {
    outcome.errorCount += 1;
    if (problems.some((problem) => problem.code === ErrorCode.FORBIDDEN)) outcome.refused += 1;
    outcome.errors.push(...problems.slice(0, MAX_REPORTED - outcome.errors.length));
  };
  for (const { position, rows } of chunks) {
    for (const [index, row] of rows.entries()) {
      const number = position + index + 1;
      const problems: ImportRowError[] = [];
      const input = coerceInputValue(row, inputType, (path, _value, error) => {
        const field = typeof path[0] === 'string' ? path[0] : null;
        problems.push({
          row: number,
          field,
          code: ErrorCode.BAD_USER_INPUT,
          messageAr: 'القيمة غير صالحة لهذا الحقل',
          messageEn: error.message,
        });
      }) as Record<string, unknown>;
      if (problems.length) {
        fail(problems);
        continue;
      }
      try {
        await createRecord(tx, policy, input, ctx.actor);
        outcome.created += 1;
      } catch (error) {
        fail(rowErrors(number, error));
      }
    }
  }
  return outcome;
}

/**
 * Runs `work` in a transaction kept only when it reports no failed row. The refusals of a rolled-back
 * run are logged afterwards, as their own entries went with the rollback.
 */
async function allOrNothing(
  ctx: Context,
  type: ImportType,
  work: (tx: EntityManager) => Promise<Outcome>,
  keep: boolean,
): Promise<Outcome> {
  try {
    return await ctx.em.transactional(async (tx) => {
      const outcome = await work(tx);
      if (!keep || outcome.errorCount > 0) throw new Rollback(outcome);
      return outcome;
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    const { refused } = error.outcome;
    if (refused > 0) {
      await writeAudit(ctx.em.fork() as EntityManager, ctx.actor, [
        {
          action: 'DENIED',
          entityType: importResource[type],
          reason: `${refused} import rows outside the centers or clients you manage`,
        },
      ]);
    }
    return error.outcome;
  }
}

@Resolver()
export class ImportResolver {
  @Authorized(importers)
  @Mutation(() => ImportCheck, {
    description: `Checks up to ${MAX_CHUNK_ROWS} rows of a spreadsheet import exactly as \`create<Type>\` would write them, and writes nothing: each row is created and the whole chunk rolled back. A chunk without errors is kept for \`commitImport\`. Start without \`batch\`, then send the next chunks with the batch the first answer names.`,
  })
  async checkImport(
    @Arg('type', () => ImportType.values, { description: 'What the rows create.' }) type: ImportType,
    @Arg('rows', () => [GraphQLJSONObject], {
      description: 'The rows, each the fields of `Create<Type>Input` (ids as strings, enums by name).',
    })
    rows: Record<string, unknown>[],
    @Arg('firstRow', () => Int, {
      description: 'Index of the chunk’s first row in the file, 0 for the first row under the header.',
    })
    firstRow: number,
    @Arg('batch', () => String, { nullable: true, description: 'The import this chunk continues.' })
    batch: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportCheck> {
    await requireWriter(ctx, type);
    if (rows.length === 0 || rows.length > MAX_CHUNK_ROWS) {
      throw invalidField(
        'rows',
        `Send 1 to ${MAX_CHUNK_ROWS} rows at a time`,
        `أرسل من صف واحد إلى ${MAX_CHUNK_ROWS} صف في المرة`,
      );
    }
    if (firstRow < 0 || firstRow + rows.length > MAX_IMPORT_ROWS) {
      throw invalidField(
        'firstRow',
        `An import holds at most ${MAX_IMPORT_ROWS} rows`,
        `يتسع الاستيراد الواحد لـ${MAX_IMPORT_ROWS} صف على الأكثر`,
      );
    }
    const userId = ctx.user!.id;
    if (batch) {
      const mine = await ctx.em.count(ImportChunk, { batch, userId, type });
      if (mine === 0)
        throw invalidField('batch', 'No such import of yours', 'لا يوجد استيراد بهذا المعرّف لك');
    } else {
      await ctx.em.nativeDelete(ImportChunk, { createdAt: { $lt: new Date(Date.now() - STALE_AFTER_MS) } });
    }
    const name = batch ?? randomUUID();
    const outcome = await allOrNothing(
      ctx,
      type,
      (tx) => createRows(tx, ctx, info.schema, type, [{ position: firstRow, rows }]),
      false,
    );
    if (outcome.errorCount === 0) {
      // A chunk sent again (a retried request) replaces the first copy.
      await ctx.em.transactional(async (tx) => {
        await tx.nativeDelete(ImportChunk, { batch: name, position: firstRow });
        await tx.insert(ImportChunk, {
          batch: name,
          type,
          userId,
          position: firstRow,
          rows,
          createdAt: new Date(),
        });
      });
    }
    return { batch: name, checked: rows.length, errorCount: outcome.errorCount, errors: outcome.errors };
  }

  @Authorized(importers)
  @Mutation(() => ImportResult, {
    description:
      'Writes every checked row of an import in one transaction, each through the same write path as `create<Type>`: all rows are created, or — when any fails now (say, a record added since the check) — none, and the errors say why. Either way the checked rows are discarded.',
  })
  async commitImport(
    @Arg('batch', () => String, { description: 'The import, as `checkImport` named it.' }) batch: string,
    @Arg('rows', () => Int, {
      description: 'How many rows the file has; refused unless every one of them was checked.',
    })
    expected: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportResult> {
    const userId = ctx.user!.id;
    // Read outside the request's EntityManager: managed chunks would be compared on every row's flush.
    const chunks = await ctx.em
      .fork()
      .find(ImportChunk, { batch, userId }, { orderBy: { position: 'asc' }, disableIdentityMap: true });
    if (chunks.length === 0) {
      throw invalidField('batch', 'No checked rows for this import', 'لا توجد صفوف مدققة لهذا الاستيراد');
    }
    const { type } = chunks[0];
    await requireWriter(ctx, type);
    let next = 0;
    for (const chunk of chunks) {
      if (chunk.position !== next || chunk.type !== type) break;
      next += chunk.rows.length;
    }
    if (next !== expected) {
      throw invalidField(
        'rows',
        `Only the first ${next} of ${expected} rows were checked; check the rest first`,
        `لم يُدقَّق إلا أول ${next} من ${expected} صف؛ دقّق البقية أولًا`,
      );
    }
    const outcome = await allOrNothing(
      ctx,
      type,
      async (tx) => {
        const result = await createRows(tx, ctx, info.schema, type, chunks);
        await tx.nativeDelete(ImportChunk, { batch });
        return result;
      },
      true,
    );
    if (outcome.errorCount > 0) await ctx.em.nativeDelete(ImportChunk, { batch, userId });
    return {
      created: outcome.errorCount ? 0 : outcome.created,
      errorCount: outcome.errorCount,
      errors: outcome.errors,
    };
  }

  @Authorized(importers)
  @Mutation(() => Boolean, { description: 'Drops the checked rows of an import that will not be written.' })
  async discardImport(
    @Arg('batch', () => String, { description: 'The import, as `checkImport` named it.' }) batch: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return (await ctx.em.nativeDelete(ImportChunk, { batch, userId: ctx.user!.id })) > 0;
  }
}
