// --fix: every missing required section written into the file, as the editor's "add all" quick fix writes it,
// in the file's line endings and with its byte order mark; what is left is reported, the new prompts as
// placeholder-text; a file that cannot be written back exactly is left alone.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPaths } from '../../server/src/cli/check';
import { decisionRecord, runCli, TempFolder } from '../helpers/cli';

const ADR = 'docs/decisions/0001-late-orders.md';
const SPEC = 'specs/gift-wrap.spec.yaml';

const PROMPT = {
  impact: 'How does this change things for our customers, and how will they feel about it?',
  value: 'What will customers gain from this, and why would they care?',
  followUp: 'How and when will we tell customers what changed, and who will do it?',
  evidence: 'What have customers told or shown us (feedback, research, data) that supports this?',
  metrics: 'How will we know this worked for customers, and which number should move?',
};

const placeholder = (line: number, section: string, prompt: string) => ({
  rule: 'placeholder-text',
  severity: 'warning',
  line,
  message: `The section "${section}" holds only placeholder text: ${prompt}`,
});

describe('CLI: --fix', function () {
  this.timeout(30000);
  let tmp: TempFolder;
  beforeEach(() => {
    tmp = new TempFolder();
  });
  afterEach(() => tmp.remove());

  const findings = (paths = ['.']) => {
    const run = checkPaths(paths, { cwd: tmp.root, fix: true });
    return {
      notes: run.notes,
      files: run.files.map((f) => ({ path: f.path, findings: f.findings.map((d) => ({ rule: d.rule, severity: d.severity, line: d.range.start.line + 1, message: d.message })) })),
    };
  };

  it('adds the missing sections to a Markdown record before its decision, and reports the prompts as placeholders', () => {
    const before = decisionRecord({ status: 'accepted', drop: ['Customer impact', 'Value created', 'Customer follow-up'] }) + '\n## Decision\n\nWe list late orders first.\n';
    tmp.write(ADR, before);
    assert.deepStrictEqual(findings(), {
      notes: [`${ADR}: added customer-impact, value-created, close-the-loop`],
      files: [
        {
          path: ADR,
          findings: [
            placeholder(23, 'Customer impact', PROMPT.impact),
            placeholder(27, 'Value created', PROMPT.value),
            placeholder(31, 'Customer follow-up', PROMPT.followUp),
          ],
        },
      ],
    });
    const sections = `## Customer impact\n\n${PROMPT.impact}\n\n## Value created\n\n${PROMPT.value}\n\n## Customer follow-up\n\n${PROMPT.followUp}\n\n`;
    assert.equal(readFileSync(tmp.path(ADR), 'utf8'), before.replace('## Decision', `${sections}## Decision`));
    // A second run has nothing left to add, and writes nothing.
    assert.deepStrictEqual(findings().notes, []);
  });

  it('appends the missing keys to a YAML spec', () => {
    tmp.write(SPEC, 'title: Gift wrap\nstatus: draft\ncustomers: Gift buyers\nproblem_solved: Buyers cannot wrap gifts at checkout.\n');
    const { notes } = findings();
    assert.deepStrictEqual(notes, [`${SPEC}: added customer-impact, value-created, customer-evidence, success-metrics`]);
    assert.equal(
      readFileSync(tmp.path(SPEC), 'utf8'),
      'title: Gift wrap\nstatus: draft\ncustomers: Gift buyers\nproblem_solved: Buyers cannot wrap gifts at checkout.\n' +
        `customer_impact: >-\n  ${PROMPT.impact}\nvalue_created: >-\n  ${PROMPT.value}\n` +
        `customer_evidence: >-\n  ${PROMPT.evidence}\nsuccess_metrics: >-\n  ${PROMPT.metrics}\n`,
    );
  });

  it('keeps CRLF line endings and the byte order mark', () => {
    const crlf = '---\r\nstatus: proposed\r\n---\r\n# Serve tea in the lounge\r\n\r\n## Customers\r\n\r\nThe people who wait for their cars in the lounge.\r\n\r\n## Problem solved\r\n\r\nThey have nothing to drink while they wait.\r\n\r\n## Customer evidence\r\n\r\nTicket #12 and the survey of May.\r\n\r\n## Success metrics\r\n\r\nHalf as many complaints about the wait by the end of the year.\r\n';
    tmp.write(ADR, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
    findings();
    const bytes = readFileSync(tmp.path(ADR));
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.equal(text, `${crlf}\r\n## Customer impact\r\n\r\n${PROMPT.impact}\r\n\r\n## Value created\r\n\r\n${PROMPT.value}\r\n`);
  });

  it('leaves alone a file that is not valid UTF-8, and says so', () => {
    const latin1 = Buffer.from(decisionRecord({ title: 'Caf\u00e9', drop: ['Value created'] }), 'latin1');
    tmp.write(ADR, latin1);
    const { notes, files } = findings();
    assert.deepStrictEqual(notes, [`${ADR}: not valid UTF-8; checked with replacement characters`]);
    assert.deepStrictEqual(files[0].findings.map((d) => d.rule), ['value-created']);
    assert.deepStrictEqual(readFileSync(tmp.path(ADR)), latin1);
  });

  it('from the command line: the files written, then what is left, with its exit code', () => {
    tmp.write(ADR, decisionRecord({ status: 'accepted', drop: ['Value created'] }));
    const run = runCli(tmp.root, ['check', '--fix', '--format', 'line']);
    assert.deepStrictEqual(run, {
      code: 0,
      stdout: `${ADR}:31:1: warning placeholder-text The section "Value created" holds only placeholder text: ${PROMPT.value}\n`,
      stderr: `customer-lens: ${ADR}: added value-created\n`,
    });
  });
});
