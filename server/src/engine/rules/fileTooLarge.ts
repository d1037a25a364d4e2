import { docsUrl, type Rule } from './rule';

/** Reported by analyze() instead of a check when a file is above the size limit. */
const rule: Rule = {
  id: 'file-too-large',
  description: 'Files above the size limit are skipped with this one finding, so nothing freezes.',
  docs: docsUrl('file-too-large'),
  defaultSeverity: () => 'info',
};
export default rule;
