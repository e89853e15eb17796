import { toIsoDate } from '@mujtama/shared/arabic';
import { Ctx, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { scalar } from '../common/sql';

@ObjectType({
  description:
    'The figures of a program, counted from its records each time they are asked for: nothing here is stored.',
})
export class ProgramSummary {
  /** The program counted; not exposed, the summary is reached through its program. */
  programId!: number;
}

const COMPLETED_VISITS = `select count(*) from visit where program_id = ? and status = 'COMPLETED'`;
const DELIVERED = `select i.id from initiative i where i.program_id = ? and i.status = 'DELIVERED'`;

@Resolver(() => ProgramSummary)
export class ProgramSummaryResolver {
  @FieldResolver(() => Int, { description: 'Entities taking part in the program.' })
  participatingEntities(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, 'select count(*) from program_participant where program_id = ?', [summary.programId]);
  }

  @FieldResolver(() => Int, { description: 'Committees of the program.' })
  committees(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, 'select count(*) from committee where program_id = ?', [summary.programId]);
  }

  @FieldResolver(() => Int, { description: 'Meetings the program’s committees have held (dated today or earlier).' })
  committeeMeetings(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(*) from committee_meeting m join committee c on c.id = m.committee_id
       where c.program_id = ? and m.held_on <= ?`,
      [summary.programId, toIsoDate(new Date())],
    );
  }

  @FieldResolver(() => Int, { description: 'Proactive visits the committees have made (completed).' })
  proactiveVisits(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `${COMPLETED_VISITS} and kind = 'PROACTIVE'`, [summary.programId]);
  }

  @FieldResolver(() => Int, {
    description: 'Exchange visits completed under a supervising committee, with the center managers.',
  })
  supervisedVisits(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `${COMPLETED_VISITS} and kind = 'EXCHANGE' and committee_id is not null`, [
      summary.programId,
    ]);
  }

  @FieldResolver(() => Int, { description: 'Exchange visits completed, supervised or not.' })
  exchangeVisits(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `${COMPLETED_VISITS} and kind = 'EXCHANGE'`, [summary.programId]);
  }

  @FieldResolver(() => Int, { description: 'Visits still scheduled.' })
  scheduledVisits(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `select count(*) from visit where program_id = ? and status = 'SCHEDULED'`, [
      summary.programId,
    ]);
  }

  @FieldResolver(() => Int, { description: 'Groups the centers are split into for exchange visits.' })
  visitGroups(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, 'select count(*) from visit_group where program_id = ?', [summary.programId]);
  }

  @FieldResolver(() => Int, { description: 'Centers in the program’s visit groups.' })
  groupedCenters(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(distinct m.entity_id) from visit_group_member m
       join visit_group g on g.id = m.group_id where g.program_id = ?`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Initiatives delivered.' })
  initiatives(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(ctx.em, `select count(*) from (${DELIVERED}) d`, [summary.programId]);
  }

  @FieldResolver(() => Int, { description: 'Distinct volunteers who took part in the delivered initiatives.' })
  distinctVolunteers(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(distinct volunteer_id) from initiative_volunteer where initiative_id in (${DELIVERED})`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Float, { description: 'Volunteer hours given to the delivered initiatives.' })
  volunteerHours(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select coalesce(sum(hours), 0) from initiative_volunteer where initiative_id in (${DELIVERED})`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Beneficiaries the delivered initiatives reached.' })
  beneficiaries(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select coalesce(sum(beneficiaries), 0) from initiative where program_id = ? and status = 'DELIVERED'`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Distinct partner bodies that cooperated in the delivered initiatives.' })
  partners(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(distinct partner_id) from initiative_partner where initiative_id in (${DELIVERED})`,
      [summary.programId],
    );
  }

  @FieldResolver(() => Int, { description: 'Impact forms filled for the program’s visits and initiatives.' })
  impactResponses(@Root() summary: ProgramSummary, @Ctx() ctx: Context) {
    return scalar(
      ctx.em,
      `select count(*) from form_response
       where visit_id in (select id from visit where program_id = ?)
          or initiative_id in (select id from initiative where program_id = ?)`,
      [summary.programId, summary.programId],
    );
  }
}
