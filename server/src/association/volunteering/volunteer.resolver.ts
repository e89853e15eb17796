import { searchKey, toIsoDate } from '@mujtama/shared/arabic';
import { TrainingOrganizer, VolunteerSkill } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { volunteerRules } from '@mujtama/shared/validation';
import { Arg, Ctx, FieldResolver, Float, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { EnumListType } from '../../common/enum-list.type';
import { parseId } from '../../common/ids';
import { LocalDate } from '../../common/local-date.scalar';
import { Parent } from '../../common/parent.decorator';
import { type RecordPolicy, requireRow, updateRecord, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { selectRows } from '../../common/rows';
import { Person } from '../../health/person/person.entity';
import { personPolicy } from '../../health/person/person.resolver';
import { TrainingAttendance } from '../../health/training/training.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { personSearch } from '../common/person-search';
import { sqlRows } from '../common/sql';
import { AssociationUnit } from '../unit/association-unit.entity';
import { Initiative } from './initiative.entity';
import { InitiativeVolunteer } from './initiative-volunteer.entity';
import { Volunteer } from './volunteer.entity';
import { CreateVolunteerInput, UpdateVolunteerInput, VolunteerFilter } from './volunteer.inputs';
import { VolunteerCertificate, volunteerCertificate } from './volunteer-certificate';
import { VolunteerTeamMember } from './volunteer-team-member.entity';

/** A volunteer is a person holding the VOLUNTEER role: registering one gives the role. */
async function giveVolunteerRole({ em, changes, merged, actor }: WriteEvent<Volunteer>) {
  if (!('personId' in changes)) return;
  const person = await requireRow(em, Person, merged.personId!);
  if (!person.roles.includes('VOLUNTEER')) {
    await updateRecord(em, personPolicy, person.id, { roles: [...person.roles, 'VOLUNTEER'] }, actor);
  }
}

export const volunteerPolicy: RecordPolicy<Volunteer> = {
  entity: Volunteer,
  rules: volunteerRules,
  searchKey: (volunteer) =>
    searchKey(
      ...(volunteer.skills ?? []).map((skill) => VolunteerSkill.labels[skill].ar),
      volunteer.skillsNote,
    ),
  alsoWrite: giveVolunteerRole,
};

/** Initiatives that count toward a volunteer's hours: in use and not cancelled. */
const countedInitiative = (initiative: Initiative | null): initiative is Initiative =>
  initiative !== null && !initiative.deletedAt && initiative.status !== 'CANCELLED';

@Resolver(() => Volunteer)
export class VolunteerResolver extends crudResolver({
  ...volunteerPolicy,
  resource: associationResources.Volunteer,
  createInput: CreateVolunteerInput,
  updateInput: UpdateVolunteerInput,
  filter: VolunteerFilter,
  filterHandlers: {
    q: (query: string, user) => personSearch('e.person_id', query, user),
    skill: (skill: VolunteerSkill) => ({ skills: { $like: EnumListType.containing(skill) } }),
    teamId: (id: string) => [
      'e.id in (select m.volunteer_id from volunteer_team_member m where m.team_id = ? and m.deleted_at is null)',
      [parseId(id, 'teamId')],
    ],
    initiativeId: (id: string) => [
      'e.id in (select v.volunteer_id from initiative_volunteer v where v.initiative_id = ? and v.deleted_at is null)',
      [parseId(id, 'initiativeId')],
    ],
  },
  sortable: ['id', 'joinedOn', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    person: belongsTo(
      Person,
      'personId',
      'The person: name, gender, contact; null for a person outside the centers or clients you manage.',
      { nullable: true },
    ),
    teams: hasMany(VolunteerTeamMember, 'volunteerId', 'The teams they are on.'),
    initiatives: hasMany(
      InitiativeVolunteer,
      'volunteerId',
      'The initiatives they took part in, with hours.',
    ),
  },
}) {
  @FieldResolver(() => [TrainingAttendance], {
    description: 'The workshops and training programs they joined.',
  })
  trainings(@Parent() volunteer: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.many(TrainingAttendance, 'personId', volunteer.personId);
  }

  @FieldResolver(() => Float, {
    description: 'Volunteer hours given to initiatives that were not cancelled.',
  })
  hours(@Parent() volunteer: Volunteer, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders
      .loader<number>('Volunteer#hours', async (ids) => {
        const rows = await sqlRows<{ id: number; hours: number | string }>(
          ctx.em,
          `select v.volunteer_id as id, sum(v.hours) as hours
           from initiative_volunteer v join initiative i on i.id = v.initiative_id
           where v.volunteer_id in (${ids.map(() => '?').join(', ')}) and v.deleted_at is null
             and i.deleted_at is null and i.status <> 'CANCELLED'
           group by v.volunteer_id`,
          [...ids],
        );
        const hours = new Map(rows.map((row) => [Number(row.id), Number(row.hours)]));
        return ids.map((id) => hours.get(id) ?? 0);
      })
      .load(volunteer.id);
  }

  @FieldResolver(() => VolunteerCertificate, {
    nullable: true,
    description:
      'A certificate of the volunteer’s hours, in Arabic with Hijri and Gregorian dates, to print; null for a person outside the centers or clients you manage.',
  })
  async certificate(
    @Parent() volunteer: Volunteer,
    @Ctx() ctx: Context,
    @Arg('issuedOn', () => LocalDate, {
      nullable: true,
      description: 'Day of issue; today when left out.',
    })
    issuedOn?: string | null,
  ): Promise<VolunteerCertificate | null> {
    const person = await ctx.loaders.one(Person, volunteer.personId);
    if (!person) return null;
    const memberships = await ctx.loaders.many(VolunteerTeamMember, 'volunteerId', volunteer.id);
    const teams = await Promise.all(
      memberships.map((member) => ctx.loaders.one(AssociationEntity, member.teamId)),
    );
    const parts = await ctx.loaders.many(InitiativeVolunteer, 'volunteerId', volunteer.id);
    const lines = [];
    for (const part of parts) {
      const initiative = await ctx.loaders.one(Initiative, part.initiativeId);
      if (!countedInitiative(initiative)) continue;
      const team = await ctx.loaders.one(AssociationEntity, initiative.teamId);
      lines.push({
        title: initiative.title,
        teamName: team?.nameAr ?? '',
        startDate: initiative.startDate,
        endDate: initiative.endDate ?? null,
        hours: part.hours,
      });
    }
    const [association] = await selectRows(ctx.em, AssociationUnit, {
      where: { kind: 'ASSOCIATION', deletedAt: null },
      orderBy: [{ id: 'asc' }],
      limit: 1,
    });
    return volunteerCertificate({
      issuer: association?.nameAr ?? TrainingOrganizer.labels.ASSOCIATION.ar,
      volunteerName: person.nameAr,
      gender: person.gender,
      teams: teams.flatMap((team) => (team ? [team.nameAr] : [])),
      lines,
      issuedOn: issuedOn ?? toIsoDate(new Date()),
    });
  }
}
