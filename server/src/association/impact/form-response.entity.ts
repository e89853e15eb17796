import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { LocalDate } from '../../common/local-date.scalar';
import { Visit } from '../visits/visit.entity';
import { Initiative } from '../volunteering/initiative.entity';
import { ImpactForm } from './impact-form.entity';

@ObjectType({ description: 'The answer to one question of a filled impact form.' })
export class FormAnswer {
  @Field(() => ID, { description: 'The question answered.' })
  questionId!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The answer: "1"–"5" for a rating, "true" or "false", a number, the choice picked, or the text.',
  })
  value!: string | null;

  @Field(() => [String], { description: 'For a multiple-choice question: the choices picked.' })
  values!: string[];
}

/** Answers are kept with their response, checked against the form's questions when written. */
@ObjectType({ description: associationResources.FormResponse.description })
@Entity({ tableName: 'form_response' })
export class FormResponse extends BaseRecord {
  @Field(() => ID, { description: 'The form filled.' })
  @ManyToOne({ entity: () => ImpactForm, mapToPk: true, fieldName: 'form_id', index: true })
  formId!: number;

  @Field(() => ID, { nullable: true, description: 'The visit it measures, for a visit form.' })
  @ManyToOne({ entity: () => Visit, mapToPk: true, fieldName: 'visit_id', nullable: true, index: true })
  visitId?: number | null;

  @Field(() => ID, { nullable: true, description: 'The initiative it measures, for an initiative form.' })
  @ManyToOne({
    entity: () => Initiative,
    mapToPk: true,
    fieldName: 'initiative_id',
    nullable: true,
    index: true,
  })
  initiativeId?: number | null;

  @Field(() => String, { nullable: true, description: 'Who filled it, if they gave a name.' })
  @Property({ type: 'string', length: 150, nullable: true })
  respondentName?: string | null;

  @Field(() => LocalDate, { description: 'The day it was filled.' })
  @Property({ type: 'date' })
  submittedOn!: string;

  @Field(() => [FormAnswer], { description: 'The answers, in the order of the questions.' })
  @Property({ type: 'json' })
  answers: FormAnswer[] = [];
}
