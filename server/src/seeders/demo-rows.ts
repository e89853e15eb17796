import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { validate } from '@mujtama/shared/validation';
import { scalar, sqlRows } from '../association/common/sql';
import type { BaseRecord } from '../common/base.entity';
import type { RecordPolicy } from '../common/records';
import { isPostgres } from '../common/rows';

/** The fields of a demo record, with the ids of the records it refers to. */
export type DemoInput<E> = { [K in keyof E]?: unknown };

type Row = Record<string, unknown>;

interface Table {
  entity: EntityClass<BaseRecord>;
  name: string;
  lastId: number;
  rows: Row[];
}

const INSERT_CHUNK = 200;

/** Consecutive rows naming the same fields: one multi-row insert gives every row the same columns. */
function* sameFieldRuns(rows: Row[]): Generator<Row[]> {
  let run: Row[] = [];
  let fields = '';
  for (const row of rows) {
    const names = Object.keys(row).join();
    if ((names !== fields && run.length) || run.length === INSERT_CHUNK) {
      yield run;
      run = [];
    }
    fields = names;
    run.push(row);
  }
  if (run.length) yield run;
}

/**
 * Demo records written many rows to a statement, as the seed's thousands of them would otherwise take
 * seconds. A row takes the next id of its table when added, so later rows can refer to it before
 * anything is written; it gets the stamps and the search key of `createRecord` and must pass its
 * type's field rules. As in the write path's bulk mode, the database checks the references; the domain
 * rules that read other records do not run, the demo data is built to satisfy them.
 */
export class DemoRows {
  private readonly tables = new Map<EntityClass<BaseRecord>, Promise<Table>>();

  constructor(private readonly em: EntityManager) {}

  /** Adds a record; its id. */
  async add<E extends BaseRecord>(policy: RecordPolicy<E>, input: DemoInput<E>): Promise<number> {
    const [id] = await this.addAll(policy, [input]);
    return id;
  }

  /** Adds records; their ids, in the order given. */
  async addAll<E extends BaseRecord>(
    policy: RecordPolicy<E>,
    inputs: readonly DemoInput<E>[],
  ): Promise<number[]> {
    const table = await this.table(policy.entity);
    return inputs.map((input) => {
      const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      const violations = validate(policy.rules, changes);
      if (violations.length) {
        throw new Error(
          `Invalid demo ${policy.entity.name} ${JSON.stringify(changes)}: ${JSON.stringify(violations)}`,
        );
      }
      const now = new Date();
      table.lastId += 1;
      table.rows.push({
        ...changes,
        id: table.lastId,
        version: 1,
        createdAt: now,
        updatedAt: now,
        isDemo: true,
        searchKey: policy.searchKey(changes as Partial<E>),
      });
      return table.lastId;
    });
  }

  /**
   * Writes the rows table by table, in the order the tables were first used (a record refers to
   * kinds of records added before it), then moves PostgreSQL's id sequences past them.
   */
  async write(): Promise<void> {
    // The driver's insert: the entity manager's would first search every value for entities, which
    // took half the time of these plain rows.
    const driver = this.em.getDriver();
    const ctx = this.em.getTransactionContext();
    for (const pending of this.tables.values()) {
      const table = await pending;
      if (!table.rows.length) continue;
      for (const run of sameFieldRuns(table.rows))
        await driver.nativeInsertMany(table.entity.name, run, { ctx });
      table.rows = [];
      if (isPostgres(this.em)) {
        await sqlRows(this.em, 'select setval(pg_get_serial_sequence(?, ?), ?)', [
          table.name,
          'id',
          table.lastId,
        ]);
      }
    }
  }

  private table(entity: EntityClass<BaseRecord>): Promise<Table> {
    let table = this.tables.get(entity);
    if (!table) {
      const name = this.em.getMetadata().get(entity.name).tableName;
      table = scalar(this.em, `select coalesce(max(id), 0) from ${name}`, []).then((lastId) => ({
        entity,
        name,
        lastId,
        rows: [],
      }));
      this.tables.set(entity, table);
    }
    return table;
  }
}
