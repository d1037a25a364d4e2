import { substanceRule } from './substance';

export default substanceRule(
  'metric-without-number',
  'A success metric gives a number, a percentage, a threshold or a time frame.',
  'metric',
  ['success-metrics'],
  (c) => c.messages.metricWithoutNumber,
);
