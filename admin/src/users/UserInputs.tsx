import { UserRole } from '@mujtama/shared/enums';
import { passwordRule, userRules } from '@mujtama/shared/validation';
import {
  AutocompleteArrayInput,
  BooleanInput,
  PasswordInput,
  ReferenceArrayInput,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { EnumInput } from '../common/EnumInput';
import { LTR_INPUT } from '../common/ltr';
import { ReferenceAutocompleteInput } from '../common/ReferenceAutocompleteInput';
import { useRuleValidators } from '../common/useRuleValidators';

const newUserPassword = { password: passwordRule };
const changedPassword = { password: { ...passwordRule, required: false } };

/**
 * A user's sign-in, role and scope: a health manager's centers, a coach's own person record. A new
 * user gets a first password; an existing one keeps theirs unless a new one is typed.
 */
export function UserInputs({ creating = false }: { creating?: boolean }) {
  const validate = useRuleValidators(userRules);
  const { password } = useRuleValidators(creating ? newUserPassword : changedPassword);
  const role: unknown = useWatch({ name: 'role' });
  return (
    <>
      <TextInput source="email" type="email" validate={validate.email} slotProps={LTR_INPUT} />
      <TextInput source="displayName" validate={validate.displayName} />
      <EnumInput source="role" enumeration={UserRole} validate={validate.role} />
      {role === 'HEALTH_MANAGER' ? (
        <ReferenceArrayInput source="centerIds" reference="HealthCenter">
          <AutocompleteArrayInput helperText="mujtama.users.centers_hint" />
        </ReferenceArrayInput>
      ) : null}
      {role === 'COACH' ? (
        <ReferenceAutocompleteInput
          source="personId"
          reference="Person"
          filter={{ role: 'HEALTH_COACH' }}
          helperText="mujtama.users.person_hint"
        />
      ) : null}
      {creating ? null : <BooleanInput source="active" />}
      <PasswordInput
        source="password"
        validate={password}
        autoComplete="new-password"
        helperText={creating ? 'mujtama.users.new_password_hint' : 'mujtama.users.password_hint'}
      />
    </>
  );
}

/** What is saved: only the scope the role uses, and a password only when one was typed. */
export function toUserInput(data: Record<string, unknown>): Record<string, unknown> {
  const { password, ...user } = data;
  return {
    ...user,
    centerIds: user.role === 'HEALTH_MANAGER' ? (user.centerIds ?? []) : [],
    personId: user.role === 'COACH' ? (user.personId ?? null) : null,
    ...(typeof password === 'string' && password !== '' ? { password } : {}),
  };
}
