import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type PlannedVisit, planExchangeVisits } from './schedule';

const centers = (n: number) => Array.from({ length: n }, (_, i) => 101 + i);
const days = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `2019-01-${String(from + i).padStart(2, '0')}`);

/** Every rule of the schedule, checked on its result. */
function expectValidSchedule(plan: PlannedVisit[], group: number[], booked = new Map<string, number[]>()) {
  expect(plan).toHaveLength(group.length);
  // every center hosts exactly once, in the group's order, on ascending dates
  expect(plan.map((visit) => visit.hostId)).toEqual(group);
  expect(plan.map((visit) => visit.date)).toEqual([...plan.map((visit) => visit.date)].sort());
  for (const center of group) {
    // every center visits each other center exactly once
    const hostsVisited = plan
      .filter((visit) => visit.visitorIds.includes(center))
      .map((visit) => visit.hostId);
    expect([...hostsVisited].sort()).toEqual(group.filter((id) => id !== center).sort());
  }
  const dates = plan.map((visit) => visit.date);
  expect(new Set(dates).size).toBe(dates.length);
  for (const visit of plan) {
    // nobody is booked twice on a date: not the host among the visitors, not a center booked elsewhere
    expect(visit.visitorIds).not.toContain(visit.hostId);
    const takingPart = [visit.hostId, ...visit.visitorIds];
    expect(new Set(takingPart).size).toBe(takingPart.length);
    expect(takingPart.filter((id) => booked.get(visit.date)?.includes(id))).toEqual([]);
  }
}

function expectBadInput(run: () => unknown, field: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    return;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('planExchangeVisits', () => {
  for (let size = 2; size <= 8; size++) {
    it(`gives each of ${size} centers one turn to host the others`, () => {
      const group = centers(size);
      expectValidSchedule(planExchangeVisits(group, days(size)), group);
    });

    it(`uses the earliest usable dates for ${size} centers and leaves the rest free`, () => {
      const group = centers(size);
      const plan = planExchangeVisits(group, days(size + 3).reverse());
      expectValidSchedule(plan, group);
      expect(plan.map((visit) => visit.date)).toEqual(days(size));
    });

    it(`skips dates on which one of ${size} centers is booked elsewhere`, () => {
      const group = centers(size);
      const booked = new Map([
        ['2019-01-01', [group[size - 1]]],
        ['2019-01-03', [group[0], 999]],
        ['2019-01-04', [999]],
      ]);
      const plan = planExchangeVisits(group, days(size + 2), booked);
      expectValidSchedule(plan, group, booked);
      expect(plan.map((visit) => visit.date)).not.toContain('2019-01-01');
      expect(plan.map((visit) => visit.date)).not.toContain('2019-01-03');
      expect(plan.map((visit) => visit.date)).toContain('2019-01-04');
    });

    it(`refuses ${size} centers with ${size - 1} dates`, () => {
      expectBadInput(() => planExchangeVisits(centers(size), days(size - 1)), 'dates');
    });
  }

  it('refuses when booked dates leave too few', () => {
    const group = centers(3);
    const booked = new Map([['2019-01-02', [group[1]]]]);
    expectBadInput(() => planExchangeVisits(group, days(3), booked), 'dates');
  });

  it('refuses a group of fewer than two centers', () => {
    expectBadInput(() => planExchangeVisits(centers(1), days(3)), 'groupId');
    expectBadInput(() => planExchangeVisits([], days(3)), 'groupId');
  });

  it('refuses a date given twice and a center listed twice', () => {
    expectBadInput(() => planExchangeVisits(centers(2), ['2019-01-01', '2019-01-02', '2019-01-01']), 'dates');
    expectBadInput(() => planExchangeVisits([5, 6, 5], days(3)), 'groupId');
  });
});
