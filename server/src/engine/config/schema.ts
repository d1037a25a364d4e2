// The part of the config's JSON schema that the rule registry decides: the `rules` map, one entry per rule,
// with its description, default severity and docs link. schemas/customer-lens.schema.json holds it as
// `properties.rules`; `npm run schema` writes it there and a test keeps the two in step.

import { RULES, type Rule } from '../rules';
import type { Kind, Severity, Status } from '../types';
import { SEVERITY_SETTINGS } from './defaults';

const ENUM_TEXT = [
  ['Reported as an error: `customer-lens check` exits with code 1.', 'Reported as an error: customer-lens check exits with code 1.'],
  ['Reported as a warning: counts towards `--max-warnings`.', 'Reported as a warning: counts towards --max-warnings.'],
  ['Reported as information.', 'Reported as information.'],
  ['Reported as a hint, the quietest level.', 'Reported as a hint, the quietest level.'],
  ['Not reported at all.', 'Not reported at all.'],
];

/** "warning; error when the status is accepted", "warning for specs, info for decisions", "info". */
export function defaultSeverityText(rule: Rule): string {
  const at = (kind: Kind, status: Status): Severity => rule.defaultSeverity(kind, status);
  const base = at('spec', 'proposed');
  let text: string = base;
  if (at('decision', 'proposed') !== base) text = `${base} for specs, ${at('decision', 'proposed')} for decisions`;
  else if (at('spec', 'accepted') !== base) text = `${base}; ${at('spec', 'accepted')} when the status is accepted`;
  const askedOf = (['decision', 'spec'] as const).filter((k) => rule.concept?.required(k, 'accepted'));
  if (rule.concept && !rule.concept.required(askedOf[0] ?? 'decision', 'proposed') && askedOf.length === 1) text += `, asked of accepted ${askedOf[0]}s only`;
  return rule.note ? `${text} (${rule.note})` : text;
}

export function rulesSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of RULES) {
    const severity = defaultSeverityText(rule);
    properties[rule.id] = {
      title: rule.id,
      enum: [...SEVERITY_SETTINGS],
      description: `${rule.description} Default: ${severity}.`,
      markdownDescription: `${rule.description}\n\nDefault: ${severity}.\n\n[Rule documentation](${rule.docs})`,
      markdownEnumDescriptions: ENUM_TEXT.map(([markdown]) => markdown),
      enumDescriptions: ENUM_TEXT.map(([, plain]) => plain),
    };
  }
  return {
    type: 'object',
    title: 'Rule settings',
    description: 'Severity per rule id: error, warning, info, hint or off.',
    markdownDescription:
      'Severity per rule id: `error`, `warning`, `info`, `hint` or `off`. See [the rules](https://github.com/customer-lens/customer-lens/blob/main/docs/configuration.md#rules).',
    propertyNames: { enum: RULES.map((r) => r.id) },
    properties,
    additionalProperties: false,
  };
}
