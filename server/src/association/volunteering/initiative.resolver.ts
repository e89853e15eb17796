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
}) {
  @FieldResolver(() => AssociationProgram, { description: 'The program.' })
  program(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationProgram, initiative.programId);
  }

  @FieldResolver(() => AssociationEntity, { description: 'The volunteer team delivering it.' })
  team(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationEntity, initiative.teamId);
  }

  @FieldResolver(() => AssociationUnit, { nullable: true, description: 'The supervising body.' })
  supervisingUnit(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationUnit, initiative.supervisingUnitId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The supervising specialist.' })
  supervisor(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.one(Person, initiative.supervisorId);
  }

  @FieldResolver(() => [InitiativeVolunteer], {
    description: 'The volunteers taking part, with their hours.',
  })
  volunteers(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.many(InitiativeVolunteer, 'initiativeId', initiative.id);
  }

  @FieldResolver(() => Float, { description: 'Hours its volunteers gave.' })
  async volunteerHours(@Parent() initiative: Initiative, @Ctx() ctx: Context): Promise<number> {
    const volunteers = await ctx.loaders.many(InitiativeVolunteer, 'initiativeId', initiative.id);
    return volunteers.reduce((sum, volunteer) => sum + volunteer.hours, 0);
  }

  @FieldResolver(() => [InitiativePartner], { description: 'The partner bodies cooperating in it.' })
  partners(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.many(InitiativePartner, 'initiativeId', initiative.id);
  }

  @FieldResolver(() => ImpactForm, { nullable: true, description: 'The impact form measuring it.' })
  impactForm(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.one(ImpactForm, initiative.impactFormId);
  }

  @FieldResolver(() => [FormResponse], { description: 'The impact forms filled for it.' })
  responses(@Parent() initiative: Initiative, @Ctx() ctx: Context) {
    return ctx.loaders.many(FormResponse, 'initiativeId', initiative.id);
  }

  @FieldResolver(() => CalendarDate, { description: 'The first day in both calendars.' })
  startDateCalendar(@Parent() initiative: Initiative): CalendarDate {
    return calendarDate(initiative.startDate);
  }
}
