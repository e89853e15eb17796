import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './harness';

const updateRoster = `mutation ($id: ID!, $notes: String, $version: Int) {
  updateRosterEntry(id: $id, input: { notes: $notes, version: $version }) { notes version }
}`;

/** Simultaneous edits from one version: the version check holds under real concurrency, not only in sequence. */
describe('concurrent edits of one record (PostgreSQL)', () => {
  let api: TestApi;
  let entryId: string;

  beforeAll(async () => {
    api = await startApi('postgresql');
    const { programOfferings } = await api.data<{ programOfferings: { nodes: { id: string }[] } }>(
      '{ programOfferings(first: 1, filter: { kind: HEALTH_COACH }) { nodes { id } } }',
    );
    const { createPerson } = await api.data<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { nameAr: "منسق التجربة", gender: MALE }) { id } }',
    );
    const { createRosterEntry } = await api.data<{ createRosterEntry: { id: string } }>(
      'mutation ($o: ID!, $p: ID!) { createRosterEntry(input: { offeringId: $o, personId: $p, role: FACILITATOR }) { id } }',
      { o: programOfferings.nodes[0].id, p: createPerson.id },
    );
    entryId = createRosterEntry.id;
  });
  afterAll(() => api?.close());

  it('lets exactly one of two edits from the same version through, 100 times, and logs only the winners', async () => {
    const rounds = 100;
    const readVersion = async () =>
      (
        await api.data<{ rosterEntry: { version: number } }>(
          'query ($id: ID!) { rosterEntry(id: $id) { version } }',
          { id: entryId },
        )
      ).rosterEntry.version;
    const start = await readVersion();
    const winners: string[] = [];

    for (let round = 1; round <= rounds; round++) {
      const version = await readVersion();
      const attempts = [`round ${round} first`, `round ${round} second`];
      const results = await Promise.all(
        attempts.map((notes) => api.gql(updateRoster, { id: entryId, notes, version })),
      );
      const succeeded = results.filter((result) => !result.errors);
      const refused = results.filter((result) => result.errors);
      expect(succeeded, `round ${round}`).toHaveLength(1);
      expect(refused.map((result) => result.errors?.map((error) => error.extensions?.code))).toEqual([
        ['CONFLICT'],
      ]);
      const winner = attempts[results.indexOf(succeeded[0])];
      expect(succeeded[0].data).toEqual({ updateRosterEntry: { notes: winner, version: version + 1 } });
      winners.push(winner);
    }

    const { rosterEntry, auditEntries } = await api.data<{
      rosterEntry: { version: number; notes: string };
      auditEntries: { nodes: { action: string; before: { version: number }; after: { notes: string } }[] };
    }>(
      `query ($id: ID!) {
        rosterEntry(id: $id) { version notes }
        auditEntries(filter: { entityType: "RosterEntry", entityId: $id }, first: 500) { nodes { action before after } }
      }`,
      { id: entryId },
    );
    expect(rosterEntry).toEqual({ version: start + rounds, notes: winners.at(-1) });
    const entries = [...auditEntries.nodes].reverse();
    expect(entries.map((entry) => entry.action)).toEqual(['CREATE', ...winners.map(() => 'UPDATE')]);
    expect(entries.slice(1).map((entry) => entry.after.notes)).toEqual(winners);
    expect(entries.slice(1).map((entry) => entry.before.version)).toEqual(winners.map((_, i) => start + i));
  });
});
