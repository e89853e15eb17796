import { UserRole } from '@mujtama/shared/enums';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../common/inputs';
import { User } from './user.entity';

@InputType({ description: 'A new user of the admin and the API.' })
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => UserRole.values)
  role!: UserRole;

  @Field(() => [ID], { defaultValue: [] })
  centerIds!: string[];

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { description: 'At least 10 characters; stored only as a salted hash.' })
  password!: string;
}

@InputType({ description: 'Changes to a user; a new password replaces the old one.' })
export class UpdateUserInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => String, { nullable: true })
  displayName?: string;

  @Field(() => UserRole.values, { nullable: true })
  role?: UserRole;

  @Field(() => [ID], { nullable: true })
  centerIds?: string[];

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'A new password (at least 10 characters).' })
  password?: string;
}

@InputType({ description: 'Which users to list.' })
export class UserFilter extends BaseFilter {
  @Field(() => UserRole.values, { nullable: true })
  role?: UserRole;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@ObjectType({ description: 'A signed-in session.' })
export class LoginResult {
  @Field(() => String, {
    description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours or until logout.',
  })
  token!: string;

  @Field(() => Date, { description: 'When the token stops working.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;
}
