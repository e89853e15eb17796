import { toIsoDate } from '@mujtama/shared/arabic';
import { Ctx, FieldResolver, Float, Int, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { Parent } from '../../common/parent.decorator';
import { scalar } from '../common/sql';
import { inProgram } from '../impact/impact-results';

@ObjectType({
  description:
    'The figures of a program, counted from its records (in use, not in the trash) each time they are asked for: nothing here is stored.',
})
export class ProgramSummary {
  /** The program counted; not exposed, the summary is reached through its program. */
  programId!: number;
}

const completedVisits = `select count(*) from visit where program_id = ? and deleted_at is null and status = 'COMPLETED'`;
const deliveredInitiatives = `select i.id from initiative i where i.program_id = ? and i.deleted_at is null and i.status = 'DELIVERED'`;
/** Volunteers' parts in the delivered initiatives of the program. */
const deliveredParts = `from initiative_volunteer where deleted_at is null and initiative_id in (${deliveredInitiatives})`;

@Resolver(() => ProgramSummary)
export class ProgramSummaryResolver {
  @FieldResolver(() => Int, { description: 'Entities taking part in the program.' })
  participatingEntities(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      'select count(*) from program_participant where program_id = ? and deleted_at is null',
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Committees of the program.' })
  committees(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, 'select count(*) from committee where program_id = ? and deleted_at is null', [
      summary.programId,
    ]);
  }

  @FieldResolver(() => Int, {
    description: 'Meetings the program’s committees have held (dated today or earlier).',
  })
  committeeMeetings(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(*) from committee_meeting m join committee c on c.id = m.committee_id
       where c.program_id = ? and c.deleted_at is null and m.deleted_at is null and m.held_on <= ?`,
      [summary.programId, toIsoDate(new Date())],
    );
  }

  @FieldResolver(() => Int, { description: 'Proactive visits the committees made (completed).' })
  proactiveVisits(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `${completedVisits} and kind = 'PROACTIVE'`, [summary.programId]);
  }

  @FieldResolver(() => Int, {
    description: 'Exchange visits completed under a supervising committee, with the center managers.',
  })
  supervisedVisits(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `${completedVisits} and kind = 'EXCHANGE' and committee_id is not null`, [
      summary.programId,
    ]);
  }

  @FieldResolver(() => Int, { description: 'Exchange visits completed, supervised or not.' })
  exchangeVisits(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `${completedVisits} and kind = 'EXCHANGE'`, [summary.programId]);
  }

  @FieldResolver(() => Int, { description: 'Visits still scheduled.' })
  scheduledVisits(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(*) from visit where program_id = ? and deleted_at is null and status = 'SCHEDULED'`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Groups the centers are split into for exchange visits.' })
  visitGroups(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, 'select count(*) from visit_group where program_id = ? and deleted_at is null', [
      summary.programId,
    ]);
  }

  @FieldResolver(() => Int, { description: 'Centers in the program’s visit groups.' })
  groupedCenters(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(distinct m.entity_id) from visit_group_member m join visit_group g on g.id = m.group_id
       where g.program_id = ? and g.deleted_at is null and m.deleted_at is null`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Initiatives delivered.' })
  initiatives(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `select count(*) from (${deliveredInitiatives}) delivered`, [summary.programId]);
  }

  @FieldResolver(() => Int, {
    description: 'Distinct volunteers who took part in the delivered initiatives.',
  })
  distinctVolunteers(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `select count(distinct volunteer_id) ${deliveredParts}`, [summary.programId]);
  }

  @FieldResolver(() => Float, { description: 'Volunteer hours given to the delivered initiatives.' })
  volunteerHours(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `select coalesce(sum(hours), 0) ${deliveredParts}`, [summary.programId]);
  }

  @FieldResolver(() => Int, { description: 'Beneficiaries the delivered initiatives reached.' })
  beneficiaries(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select coalesce(sum(beneficiaries), 0) from initiative
       where program_id = ? and deleted_at is null and status = 'DELIVERED'`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, {
    description: 'Distinct partner bodies that cooperated in the delivered initiatives.',
  })
  partners(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(distinct partner_id) from initiative_partner
       where deleted_at is null and initiative_id in (${deliveredInitiatives})`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Impact forms filled for the program’s visits and initiatives.' })
  impactResponses(@Parent() summary: ProgramSummary, @Ctx() ctx: Context) {
    const [condition, params] = inProgram(summary.programId);
    return scalar(
      ctx.em,
      `select count(*) from form_response e where e.deleted_at is null and ${condition}`,
      params,
    );
  }
}
