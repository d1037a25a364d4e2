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
  generic: ['problem*', 'value*', 'benefit*', 'consumer*', 'member*', 'subscriber*', 'tenant*', 'visitor*', 'reader*', 'player*', 'audience*'],
  otherSenses: [
    'message*|kafka|queue*|event*|stream*|topic*|sqs|rabbitmq|amqp|jms|pulsar|kinesis|nats consumer*', 'consumer* group*|offset*|lag|thread*|polling',
    'consumer* of message*|event*|queue*|topic*', 'client librar*|sdk*|side|app|apps|application*|code|certificate*|cert*|id|ids|secret*|credential*',
    'client implementation*|software|tool*|tooling|binar*|version*|request*|connection*|socket*|stub*|package*|module*|driver*|api*|server*|cache*',
    'rest|http|https|grpc|api|web|graphql|ssh|ftp|smtp|imap|dns|db|database|sql|redis|thin|native|test|mock|oauth|oidc|mqtt|soap|rpc|websocket|tcp|udp|cli|mobile|desktop|android|ios|matrix|server|javascript|java|python|go|rust|node client*',
    'client* http|https|rest|grpc|graphql|web|mobile|desktop|api|javascript|java|python|go|rust', 'server* client*', 'clientside', 'clientserver',
    'class*|struct*|object*|static|private|public|protected|internal|data|interface*|enum*|companion|instance|type*|inline|abstract|extension member*',
    'member* function*|variable*|access|declaration*|field*|method*|propert*|reference*|lookup|pointer*|signature*|visibility',
    'user agent*|space*|land|mode|namespace*|id|ids|interface*', 'userspace', 'userland', 'useragent*', 'userid*', 'root|system|service|admin|database user*',
    'event*|topic*|message*|webhook*|queue*|channel* subscriber*', 'file|stream|byte*|xml|json|csv|buffered|input|binary reader*', 'reader* writer*|thread*|lock*', 'reader* and|or writer*',
    'consumer*|client*|member*|reader*|visitor*|subscriber*|player* trait*|interface*|class*|struct*|object*|module*|crate*|macro*|method*|function*',
    'media|video|audio|music|sound player*', 'jwt|token|oidc|saml audience*', 'audience claim*|restriction*', 'visitor pattern*|class*|interface*',
    'ast|node|tree|syntax visitor*', 'customer*|user*|client*|consumer* support|service|services|operations|ops|desk|relations|helpdesk', 'customer*|client* care team*|agent*|department*|center*|centre*',
    'customer*|client* success team*|manager*|org*|department*',
    'message*|event*|request*|command*|error*|exception*|signal*|interrupt*|scheduler*|http|route*|callback*|click|key|input|task*|job* handler*',
    'handler* method*|function*|class*|chain*|pipeline*|registr*|type*', 'package*|resource*|memory|connection*|state|lifecycle|secret*|certificate*|window*|task*|process*|dependenc*|version*|cluster*|node*|cache*|session*|transaction*|plugin*|device*|service* manager*',
    'device|database|jdbc|odbc|storage|network|graphics|gpu|kernel|csi|printer|usb|web|browser driver*', 'kubernetes|k8s|cluster|database|bitwise|logical|unary|binary|ternary|comparison|assignment operator*',
    'operator* overload*|precedence|function*|method*|symbol*', 'parent class*|node*|process*|directory*|dir*|element*|span*|context*|commit*|pom|module*|type*|scope*|window*|block*|hash*|trace*|id*',
    'font|product|instruction|protocol|os|type famil*', 'ssh|build|monitoring|logging|tracing|deployment|ci|gitlab|jenkins|metrics|otel|collector|node agent*',
    'lock|resource|object|file|code|module|key owner*', 'owner* reference*|field*|id*|uid*|thread*', 'customer*|user*|client* experience team*',
  ],
  statusLabels: ['status', 'state', 'decision status'],
  statuses: {
    draft: ['draft', 'wip', 'work in progress'],
    proposed: ['proposed', 'proposal', 'open', 'review', 'pending', 'suggested', 'discussion', 'active review', 'active development', 'in development', 'under development'],
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
