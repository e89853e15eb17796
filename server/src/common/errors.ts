import type { Violation } from '@mujtama/shared/validation';
import { GraphQLError } from 'graphql';

/** The error codes clients can rely on, in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const;

export function invalidInput(violations: Violation[]): GraphQLError {
  const [first] = violations;
  return new GraphQLError(`Invalid ${first.field}: ${first.message.en}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, violations },
  });
}

export function invalidField(field: string, en: string, ar: string): GraphQLError {
  return invalidInput([{ field, code: 'pattern', message: { ar, en } }]);
}

export function notFound(type: string, id: string | number): GraphQLError {
  return new GraphQLError(`No ${type} with id ${id}`, {
    extensions: { code: ErrorCode.NOT_FOUND, type, id: String(id) },
  });
}

export function conflict(type: string, id: string | number, reason: string): GraphQLError {
  return new GraphQLError(`${type} ${id}: ${reason}`, {
    extensions: { code: ErrorCode.CONFLICT, type, id: String(id) },
  });
}

export function forbidden(type: string, id: string | number, reason: string): GraphQLError {
  return new GraphQLError(`Not allowed on ${type} ${id}: ${reason}`, {
    extensions: { code: ErrorCode.FORBIDDEN, type, id: String(id) },
  });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first: send `Authorization: Bearer <token>` from the `login` mutation.', {
    extensions: { code: ErrorCode.UNAUTHENTICATED },
  });
}
