import { searchKey } from '@mujtama/shared/arabic';
import { InitiativeStatus, SocialService } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { initiativeRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Float, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { parseId } from '../../common/ids';
import { Parent } from '../../common/parent.decorator';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { Person } from '../../health/person/person.entity';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { CalendarDate, calendarDate } from '../common/calendar-date.type';
import { requireEntityOfKind } from '../common/entity-kind';
import { FormResponse } from '../impact/form-response.entity';
import { ImpactForm } from '../impact/impact-form.entity';
import { AssociationProgram } from '../program/association-program.entity';
import { AssociationUnit } from '../unit/association-unit.entity';
import { Initiative } from './initiative.entity';
import { CreateInitiativeInput, InitiativeFilter, UpdateInitiativeInput } from './initiative.inputs';
import { InitiativePartner } from './initiative-partner.entity';
import { InitiativeVolunteer } from './initiative-volunteer.entity';

/** An initiative belongs to a volunteer-initiatives program, is delivered by a volunteer team, and is measured by an initiative form. */
async function checkInitiative({ em, changes, merged }: WriteEvent<Initiative>) {
  if ('programId' in changes) {
    const program = await requireRow(em, AssociationProgram, merged.programId!);
    if (program.kind !== 'VOLUNTEER_INITIATIVES') {
      throw invalidField(
        'programId',
        `«${program.nameAr}» is not a program of volunteer initiatives`,
        `«${program.nameAr}» ليس برنامجًا للمبادرات التطوعية`,
      );
    }
  }
  if ('teamId' in changes) await requireEntityOfKind(em, merged.teamId!, ['VOLUNTEER_TEAM'], 'teamId');
  if (changes.impactFormId != null) {
    const form = await requireRow(em, ImpactForm, changes.impactFormId);
    if (form.target !== 'INITIATIVE') {
      throw invalidField(
        'impactFormId',
        'The form measures visits, not initiatives',
        'الاستمارة خاصة بالزيارات لا المبادرات',
      );
    }
  }
}

export const initiativePolicy: RecordPolicy<Initiative> = {
  entity: Initiative,
  rules: initiativeRules,
  searchKey: (initiative) =>
    searchKey(
      initiative.title,
      initiative.service && SocialService.labels[initiative.service].ar,
      initiative.status && InitiativeStatus.labels[initiative.status].ar,
      initiative.description,
    ),
  beforeWrite: checkInitiative,
};

@Resolver(() => Initiative)
export class InitiativeResolver extends crudResolver({
  ...initiativePolicy,
  resource: associationResources.Initiative,
  createInput: CreateInitiativeInput,
  updateInput: UpdateInitiativeInput,
  filter: InitiativeFilter,
  filterHandlers: {
    partnerId: (id: string) => [
      'e.id in (select p.initiative_id from initiative_partner p where p.partner_id = ? and p.deleted_at is null)',
      [parseId(id, 'partnerId')],
    ],
    volunteerId: (id: string) => [
      'e.id in (select v.initiative_id from initiative_volunteer v where v.volunteer_id = ? and v.deleted_at is null)',
      [parseId(id, 'volunteerId')],
    ],
  },
  sortable: ['id', 'title', 'service', 'status', 'startDate', 'beneficiaries', 'createdAt', 'updatedAt'],
  defaultOrder: { startDate: 'desc' },
  relations: {
    program: belongsTo(AssociationProgram, 'programId', 'The program.'),
    team: belongsTo(AssociationEntity, 'teamId', 'The volunteer team delivering it.'),
    supervisingUnit: belongsTo(AssociationUnit, 'supervisingUnitId', 'The supervising body.', {
      nullable: true,
    }),
    supervisor: belongsTo(Person, 'supervisorId', 'The supervising specialist.', { nullable: true }),
    volunteers: hasMany(InitiativeVolunteer, 'initiativeId', 'The volunteers taking part, with their hours.'),
    partners: hasMany(InitiativePartner, 'initiativeId', 'The partner bodies cooperating in it.'),
    impactForm: belongsTo(ImpactForm, 'impactFormId', 'The impact form measuring it.', { nullable: true }),
    responses: hasMany(FormResponse, 'initiativeId', 'The impact forms filled for it.'),
  },
}) {
  @FieldResolver(() => Float, { description: 'Hours its volunteers gave.' })
  async volunteerHours(@Parent() initiative: Initiative, @Ctx() ctx: Context): Promise<number> {
    const volunteers = await ctx.loaders.many(InitiativeVolunteer, 'initiativeId', initiative.id);
    return volunteers.reduce((sum, volunteer) => sum + volunteer.hours, 0);
  }

  @FieldResolver(() => CalendarDate, { description: 'The first day in both calendars.' })
  startDateCalendar(@Parent() initiative: Initiative): CalendarDate {
    return calendarDate(initiative.startDate);
  }
}
