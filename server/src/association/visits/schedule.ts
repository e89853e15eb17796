import { invalidField } from '../../common/errors';

/** One exchange visit of a generated schedule. */
export interface PlannedVisit {
  date: string;
  hostId: number;
  visitorIds: number[];
}

/**
 * The exchange-visit schedule of one visit group, on dates the secretariat sets.
 *
 * - At each visit one center of the group hosts and all the other centers of the group visit it.
 * - Every center hosts exactly once, taking turns in the group's order (`centerIds`); so a group of n
 *   centers has n visits, and every center visits each of the other n − 1 centers exactly once.
 * - No center is booked twice on one date: the group has at most one visit per date, and a date on which
 *   a center of the group is already booked elsewhere (`booked`: date → centers hosting or visiting
 *   another visit that day) is skipped.
 * - The usable dates are taken in ascending order: the first center hosts on the first usable date, the
 *   second on the next, and so on; usable dates beyond the n-th are left free.
 *
 * Fewer than two centers, a center or date given twice, or fewer usable dates than centers → BAD_USER_INPUT.
 */
export function planExchangeVisits(
  centerIds: readonly number[],
  dates: readonly string[],
  booked: ReadonlyMap<string, readonly number[]> = new Map(),
): PlannedVisit[] {
  if (centerIds.length < 2) {
    throw invalidField(
      'groupId',
      'A group needs at least two centers to exchange visits',
      'تحتاج المجموعة إلى مركزين على الأقل لتبادل الزيارات',
    );
  }
  if (new Set(centerIds).size !== centerIds.length) {
    throw invalidField('groupId', 'A center is listed twice in the group', 'مركز مكرر في المجموعة');
  }
  const repeated = dates.find((date, index) => dates.indexOf(date) !== index);
  if (repeated) throw invalidField('dates', `${repeated} is given twice`, `التاريخ ${repeated} مكرر`);

  const members = new Set(centerIds);
  const sorted = [...dates].sort();
  const skipped = sorted.filter((date) => (booked.get(date) ?? []).some((id) => members.has(id)));
  const usable = sorted.filter((date) => !skipped.includes(date));
  if (usable.length < centerIds.length) {
    const why = skipped.length ? `; ${skipped.join(', ')} skipped: a center is already booked` : '';
    const whyAr = skipped.length ? `، واستُبعد ${skipped.join('، ')} لارتباط أحد المراكز بزيارة أخرى` : '';
    throw invalidField(
      'dates',
      `${centerIds.length} centers need ${centerIds.length} free dates, ${usable.length} available${why}`,
      `تحتاج ${centerIds.length} مراكز إلى ${centerIds.length} تواريخ متاحة، والمتاح ${usable.length}${whyAr}`,
    );
  }
  return centerIds.map((hostId, turn) => ({
    date: usable[turn],
    hostId,
    visitorIds: centerIds.filter((id) => id !== hostId),
  }));
}
