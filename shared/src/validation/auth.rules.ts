import { fieldRules as f } from './fields';
import type { FieldRule, RuleSet } from './rules';

export const passwordRule: FieldRule = { required: true, minLength: 10, maxLength: 200 };

export const userRules = {
  email: { ...f.email, required: true },
  displayName: { required: true, minLength: 2, maxLength: 150 },
  role: f.requiredChoice,
} as const satisfies RuleSet;
