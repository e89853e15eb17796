import { searchKey, toIsoDate } from '@mujtama/shared/arabic';
import { ProgramKind, RosterRole, rosterRoleProgram } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { rosterEntryRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { healthScopes } from '../health.scopes';
import { ProgramOffering } from '../offering/offering.entity';
import { Person } from '../person/person.entity';
import { RosterEntry } from './roster.entity';
import { CreateRosterEntryInput, RosterEntryFilter, UpdateRosterEntryInput } from './roster.inputs';

/** Group members belong to interest groups and team members to empowerment teams. */
async function checkRoleFitsProgram({ em, changes, merged }: WriteEvent<RosterEntry>) {
  if (!('role' in changes) && !('offeringId' in changes)) return;
  const program = rosterRoleProgram[merged.role!];
  if (!program) return;
  const offering = await requireRow(em, ProgramOffering, merged.offeringId!);
  if (offering.kind !== program) {
    throw invalidField(
      'role',
      `${RosterRole.labels[merged.role!].en} is a role of ${ProgramKind.labels[program].en} programs only`,
      `دور «${RosterRole.labels[merged.role!].ar}» خاص ببرنامج ${ProgramKind.labels[program].ar}`,
    );
  }
}

export const rosterEntryPolicy: RecordPolicy<RosterEntry> = {
  entity: RosterEntry,
  scope: healthScopes.rosterEntry,
  rules: rosterEntryRules,
  searchKey: (entry) => searchKey(entry.role && RosterRole.labels[entry.role].ar, entry.notes),
  beforeWrite: checkRoleFitsProgram,
  revealing: ['personId'],
};

@Resolver(() => RosterEntry)
export class RosterEntryResolver extends crudResolver({
  ...rosterEntryPolicy,
  resource: healthResources.RosterEntry,
  createInput: CreateRosterEntryInput,
  updateInput: UpdateRosterEntryInput,
  filter: RosterEntryFilter,
  filterHandlers: {
    current: (current: boolean) =>
      current
        ? ['(e.until is null or e.until >= ?)', [toIsoDate(new Date())]]
        : ['e.until < ?', [toIsoDate(new Date())]],
  },
  sortable: ['id', 'role', 'since', 'until', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    offering: belongsTo(ProgramOffering, 'offeringId', 'The program offering.'),
    person: belongsTo(
      Person,
      'personId',
      'The person on the roster; null for a person outside the clients you coach.',
      { nullable: true },
    ),
  },
}) {}
