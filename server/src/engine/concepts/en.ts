// English vocabulary.

import type { Vocabulary } from './vocabulary';

export const en: Vocabulary = {
  language: 'en',
  customers: [
    'customer', 'user', 'client', 'consumer', 'buyer', 'member', 'patient', 'shopper', 'subscriber',
    'citizen', 'enduser', 'audience', 'persona', 'merchant', 'tenant', 'visitor', 'reader', 'player',
  ],
  fillers: [
    'a', 'an', 'the', 'our', 'we', 'us', 'their', 'they', 'them', 'this', 'that', 'these', 'it', 'its', 'of', 'for',
    'to', 'on', 'in', 'with', 'by', 'and', 'or', 'who', 'what', 'which', 'how', 'why', 'is', 'are', 'was', 'be',
    'do', 'does', 'did', 'will', 'would', 'can', 'should', 'main', 'key', 'primary', 'target', 'affected',
    'impacted', 'ideal', 'end', 'about', 'from', 'at', 'into', 'change', 'changes', 'proposal', 'decision',
  ],
  common: ['the', 'and', 'of', 'to', 'is', 'that', 'we', 'for', 'with', 'this', 'will', 'be', 'are', 'it', 'our', 'they', 'from', 'have', 'not', 'which', 'when', 'their', 'can', 'should'],
  concepts: {
    'customer-impact': [
      '@c impact*', '@c affect*', '@c effect*', '@c experience', '@c feel*', '@c consequence*', 'how @c notice*',
      'what changes for @c', 'impact* on @c', '@c implication*', 'change* @c see*', 'impact* for @c',
    ],
    'problem-solved': [
      'problem* solv*', 'problem* we solv*', 'problem* address*', 'problem* this solv*', '@c problem*', '@c pain*',
      'pain point*', '@c need', '@c needs', 'job* to be done', '=problem*', '=problem* statement', 'what problem*',
      'problem* for @c',
    ],
    'value-created': [
      '=value', 'value created', 'value creation', 'value delivered', 'value* for @c', '=@c value', 'value proposition*', 'business value',
      '=benefit*', '@c benefit*', 'benefit* for @c', '@c gain*', 'why @c care*', 'what @c get*', 'outcome* for @c',
      '@c outcome*',
    ],
    'customer-segment': [
      '=@c', '=@c segment*', '=@c group*', '=@c type*', '=@c profile*', '=@c base', '=@c story', '=@c stories',
      '=persona', '=personas', '@c persona', '@c personas', '=segment', '=segments', '=segmentation',
      'market segment*', '=audience*', 'who @c', 'who is this for', 'who benefit*', 'target market',
    ],
    'customer-evidence': [
      'survey* result*', '=evidence*', '@c evidence*', 'evidence from @c', '@c feedback', 'feedback from @c', '=feedback', '@c research',
      '=research', 'research findings', '@c interview*', '=interview*', '@c survey*', '=survey*', 'voice of @c',
      '@c quote*', '@c insight*', 'support ticket*', 'what @c said', 'what @c told', 'usability test*', 'we heard',
    ],
    'success-metrics': [
      '=indicator*', 'success* metric*', 'success* criteri*', 'success* measure*', '=metric*', '=@c metric*', 'kpi*', 'okr*', '=success',
      'measur* success', 'definition of success', 'how we know', 'measurable outcome*', '=measures', 'key result*',
    ],
    'close-the-loop': [
      'follow up|ups', 'followup*', 'close* loop', 'closing loop', 'tell* @c', 'communicat* @c', '@c communicat*',
      'inform* @c', 'notify* @c', '@c notification*', '=announce*', 'feedback to @c', 'report back', 'loop back',
      '@c outreach', '=outreach', 'rollout communicat*', 'release note*', 'change* log for @c',
    ],
  },
  statusLabels: ['status', 'state', 'decision status'],
  statuses: {
    draft: ['draft', 'wip', 'work in progress'],
    proposed: ['proposed', 'proposal', 'open', 'review', 'pending', 'suggested', 'discussion'],
    accepted: ['accepted', 'approved', 'decided', 'done', 'implemented', 'final', 'adopted', 'agreed', 'active', 'completed'],
    rejected: ['rejected', 'declined', 'withdrawn', 'abandoned', 'dismissed'],
    deprecated: ['deprecated', 'obsolete', 'retired'],
    superseded: ['superseded', 'replaced', 'superceded', 'amended'],
  },
  placeholders: [
    'tbd', 'tbc', 'todo', 'to do', 'tba', 'to be defined', 'to be determined', 'to be decided', 'to be confirmed',
    'to be written', 'to be completed', 'n a', 'na', 'fill in', 'fill me in', 'fill this in', 'placeholder',
    'xxx', 'lorem ipsum', 'coming soon', 'later', 'pending', 'tk', 'fixme', 'write here', 'describe here',
  ],
  feelings: ['feel*', 'mind', 'welcome', 'appreciat*', 'enjoy*', 'dislike', 'complain*', 'frustrat*', 'annoy*', 'confus*', 'happy', 'happier', 'relie*', 'delight*', 'trust*', 'angry', 'anger', 'upset', 'surpris*', 'worr*', 'anxious', 'love', 'hate', 'pleased', 'disappoint*', 'satisf*', 'calm', 'confiden*', 'stress*', 'tired'],
  reactions: ['stop calling', 'stop contacting', 'call* support', 'contact* support', 'churn*', 'cancel*', 'unsubscrib*', 'switch* to', 'give up', 'gave up', 'recommend*', 'come back', 'thank*', 'abandon*', 'rely on', 'react*', 'welcom*'],
  measures: ['hour*', 'minute*', 'third*', 'fifth*', 'tenth*', 'eleven', 'twelve', 'twenty', 'thirty', 'fifty', 'times', 'daily', 'weekly', 'monthly', 'yearly', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'half', 'halve*', 'double*', 'doubling', 'twice', 'triple*', 'percent*', 'per cent', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen*', 'hundred*', 'thousand*', 'million*', 'day', 'days', 'week*', 'month*', 'quarter*', 'year*', 'sprint*', 'within', 'at least', 'at most', 'fewer than', 'less than', 'more than', 'below', 'above', 'under', 'threshold*', 'target*'],
  noImpact: ['none', 'no impact', 'no customer impact', 'not applicable', 'nothing', 'no change', 'no changes', 'n a', 'no', 'nil', 'no effect', 'none expected', 'nothing changes'],
};
