import type { RuleDefinition } from './rule';

/** Reported by analyze() instead of a check when a file is above the size limit. */
const rule: RuleDefinition = {
  id: 'file-too-large',
  description: 'Files above the size limit (16 MiB or 100,000 lines) are skipped with this one finding, so nothing freezes.',
  defaultSeverity: () => 'info',
};
export default rule;
