import type { Gender } from '@mujtama/shared/enums';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CalendarDate, calendarDate } from '../common/calendar-date.type';

@ObjectType({ description: 'One initiative on a volunteer-hours certificate.' })
export class CertificateLine {
  @Field(() => String, { description: 'The initiative’s title.' })
  title!: string;

  @Field(() => String, { description: 'The team that delivered it.' })
  teamName!: string;

  @Field(() => CalendarDate, { description: 'When it started.' })
  startDate!: CalendarDate;

  @Field(() => Float, { description: 'Hours the volunteer gave to it.' })
  hours!: number;
}

@ObjectType({
  description:
    'A printable certificate of a volunteer’s hours, in Arabic, with Hijri (Umm al-Qura) and Gregorian dates. Counts initiatives that were not cancelled.',
})
export class VolunteerCertificate {
  @Field(() => String, { description: 'The body issuing it: the association.' })
  issuer!: string;

  @Field(() => String, { description: 'The volunteer’s name in Arabic.' })
  volunteerName!: string;

  @Field(() => [String], { description: 'The volunteer teams they belong to.' })
  teams!: string[];

  @Field(() => Float, { description: 'Volunteer hours in all.' })
  hours!: number;

  @Field(() => Int, { description: 'How many initiatives they took part in.' })
  initiativeCount!: number;

  @Field(() => [CertificateLine], { description: 'The initiatives, oldest first.' })
  lines!: CertificateLine[];

  @Field(() => CalendarDate, { nullable: true, description: 'First day of the first initiative.' })
  periodFrom!: CalendarDate | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of the last initiative.' })
  periodTo!: CalendarDate | null;

  @Field(() => CalendarDate, { description: 'The day of issue.' })
  issuedOn!: CalendarDate;

  @Field(() => String, { description: 'The certificate’s wording in Arabic, ready to print.' })
  text!: string;
}

export interface CertificateFacts {
  issuer: string;
  volunteerName: string;
  gender: Gender;
  teams: string[];
  lines: Array<{ title: string; teamName: string; startDate: string; endDate: string | null; hours: number }>;
  issuedOn: string;
}

const arabicNumber = new Intl.NumberFormat('ar-SA-u-nu-arab', { maximumFractionDigits: 1 });

/** "5 شعبان 1440 هـ الموافق 10 أبريل 2019 م" */
const bothCalendars = (day: CalendarDate) => `${day.hijriAr} الموافق ${day.gregorianAr} م`;

/** «مبادرة تطوعية واحدة», «مبادرتين تطوعيتين», «(٣) مبادرات تطوعية», «(١١) مبادرة تطوعية». */
function initiativesCounted(count: number): string {
  if (count === 1) return 'مبادرة تطوعية واحدة';
  if (count === 2) return 'مبادرتين تطوعيتين';
  const plural = count >= 3 && count <= 10 ? 'مبادرات تطوعية' : 'مبادرة تطوعية';
  return `(${arabicNumber.format(count)}) ${plural}`;
}

export function volunteerCertificate(facts: CertificateFacts): VolunteerCertificate {
  const sorted = [...facts.lines].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const lines = sorted.map(({ title, teamName, startDate, hours }) => ({
    title,
    teamName,
    startDate: calendarDate(startDate),
    hours,
  }));
  const hours = lines.reduce((sum, line) => sum + line.hours, 0);
  const lastDay = sorted
    .map((line) => line.endDate ?? line.startDate)
    .sort()
    .at(-1);
  const periodFrom = lines[0]?.startDate ?? null;
  const periodTo = lastDay ? calendarDate(lastDay) : null;
  const issuedOn = calendarDate(facts.issuedOn);
  const female = facts.gender === 'FEMALE';
  const teams = facts.teams.length ? ` ضمن ${facts.teams.map((team) => `«${team}»`).join(' و')}` : '';
  let period = '';
  if (periodFrom && periodTo) {
    period =
      periodFrom.date === periodTo.date
        ? ` بتاريخ ${bothCalendars(periodFrom)}`
        : ` في الفترة من ${bothCalendars(periodFrom)} إلى ${bothCalendars(periodTo)}`;
  }
  const text = [
    `تشهد ${facts.issuer} بأن ${female ? 'المتطوعة' : 'المتطوع'}/ ${facts.volunteerName}`,
    `${female ? 'قد أسهمت' : 'قد أسهم'}${teams} في ${initiativesCounted(lines.length)}${period}،`,
    `بما مجموعه (${arabicNumber.format(hours)}) ساعة تطوعية.`,
    `وقد أُعطيت ${female ? 'لها' : 'له'} هذه الشهادة بتاريخ ${bothCalendars(issuedOn)}.`,
  ].join(' ');
  return {
    issuer: facts.issuer,
    volunteerName: facts.volunteerName,
    teams: facts.teams,
    hours,
    initiativeCount: lines.length,
    lines,
    periodFrom,
    periodTo,
    issuedOn,
    text,
  };
}
