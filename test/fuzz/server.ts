// Fuzzing the language server over stdio: random edit sessions (inserts, deletes, replace-all, ~1 MB pastes,
// CRLF, lone CR, surrogate halves, NUL, emoji) sent as incremental didChange with increasing versions,
// interleaved with hover, completion, code action and checklist requests at random (also out-of-range)
// positions and for unknown URIs. Properties: every request is answered in time; for each document the
// published versions never go back, the publish after the last edit carries the last version, every
// diagnostic lies inside the text of the version it was published for; no handler fails (the server logs
// "... failed" when one throws) and the process never exits.

import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { applyChanges } from '../../server/src/lsp/textSync';
import { TestClient } from '../helpers/lspClient';
import { ALL_HEADINGS, BODY_LINES, eolArb, FRONT_MATTERS, joinLines, lineLengths, rangeProblem, snippetArb, WEIRD_STRINGS } from './fragments';

/** A position as fractions (ten-thousandths) of the line count and the line's length; `beyond` goes past both. */
interface PosSpec {
  line: number;
  character: number;
  beyond: boolean;
}

type Step =
  | { kind: 'edit'; changes: { start: PosSpec; length: number; text: string }[] }
  | { kind: 'replaceAll'; text: string }
  | { kind: 'paste'; at: PosSpec; chunk: string; size: number }
  | { kind: 'hover' | 'completion' | 'codeAction' | 'checklist'; at: PosSpec; unknownUri: boolean }
  | { kind: 'wait'; ms: number }
  | { kind: 'save' }
  | { kind: 'configuration' };

export interface SessionScript {
  path: string;
  scheme: 'file' | 'untitled' | 'git';
  languageId: string;
  initial: string;
  steps: Step[];
  versionStep: number;
}

const frac = fc.integer({ min: 0, max: 10000 });
const chance = (percent: number) => fc.integer({ min: 0, max: 99 }).map((n) => n < percent);
const posArb: fc.Arbitrary<PosSpec> = fc.record({ line: frac, character: frac, beyond: chance(15) });

const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: snippetArb },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\u0000', '\uD83D', '\uDE00', '😀', '\u200F', '\n## Customer impact\n\nTBD\n', '---\n', '<!--', '-->') },
  { weight: 2, arbitrary: fc.record({ lines: fc.array(snippetArb, { maxLength: 8 }), eol: eolArb }).map(({ lines, eol }) => joinLines(lines, eol)) },
  { weight: 1, arbitrary: fc.constant('') },
);

const DOC = [
  '---', 'status: accepted', '---', '# 7. Usage-based pricing', '', '## Context', '', 'Flat plans overcharge small shops.', '',
  '## Customers', '', 'Independent shop owners on the Basic plan.', '', '## Customer impact', '', 'TBD', '', '## Decision', '', 'We bill per order.', '',
];

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('edit' as const), changes: fc.array(fc.record({ start: posArb, length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3000 })), text: textArb }), { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replaceAll' as const), text: fc.oneof(textArb, fc.constant(''), fc.constant(DOC.join('\r\n'))) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: posArb, chunk: fc.oneof(fc.constantFrom(...WEIRD_STRINGS, ...ALL_HEADINGS.map((h) => `## ${h}\n`), ...BODY_LINES.map((b) => `${b}\n`)), snippetArb), size: fc.constantFrom(1000, 50_000, 1_000_000) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constantFrom('hover' as const, 'completion' as const, 'codeAction' as const, 'checklist' as const), at: posArb, unknownUri: chance(10) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(240, 260, 300)) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'save' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'configuration' as const }) },
);

const PATHS = [
  'docs/decisions/0001-pricing.md', 'docs/adr/0002 usage based.md', 'specs/checkout.spec.yaml', 'rfcs/0042-sso.md', 'prd/search.prd.yml',
  'docs/décisions/decisions/0003-ünïcode.md', 'docs/решения/adr/0004.md', 'notes/not-a-record.md', '.customer-lens.yaml', 'docs/decisions/.customer-lens.yml',
  'docs/decisions/100%.md', 'docs/decisions/%E0%A4%A.md', 'docs/decisions/a#b?.md',
];

export const sessionArb: fc.Arbitrary<SessionScript> = fc.record({
  path: fc.constantFrom(...PATHS),
  scheme: fc.constantFrom('file' as const, 'file' as const, 'file' as const, 'untitled' as const, 'git' as const),
  languageId: fc.constantFrom('markdown', 'yaml', 'plaintext'),
  initial: fc.oneof(
    fc.constant(DOC.join('\n')),
    fc.constant(''),
    fc.constantFrom(...FRONT_MATTERS),
    fc.record({ lines: fc.array(snippetArb, { maxLength: 30 }), eol: eolArb }).map(({ lines, eol }) => joinLines(lines, eol)),
  ),
  steps: fc.array(stepArb, { minLength: 3, maxLength: 24 }),
  versionStep: fc.integer({ min: 1, max: 3 }),
});

/** How the URI of a session's document is spelled; the folder is fresh for each session and does not exist. */
function uriFor(s: SessionScript, id: string): string {
  // Paths with `%` are sent as written: malformed percent-encoding, as a careless client might send it.
  const encoded = s.path.includes('%') ? s.path : s.path.split('/').map(encodeURIComponent).join('/');
  if (s.scheme === 'untitled') return `untitled:Untitled-${id}`;
  if (s.scheme === 'git') return `git:/tmp/customer-lens-fuzz-${id}/${encoded}?%7B%22ref%22%3A%22HEAD%22%7D`;
  return `file:///tmp/customer-lens-fuzz-${id}/${encoded}`;
}

function resolvePos(p: PosSpec, doc: TextDocument): { line: number; character: number } {
  const lines = doc.lineCount;
  if (p.beyond) {
    // Past the end, or absurd: LSP clients should not send these, but nothing must break if one does.
    const wild = [lines + 3, 2 ** 31 - 1, -1];
    const line = p.line % 7 === 0 ? wild[p.character % 3] : Math.floor((p.line / 10000) * (lines + 5));
    return { line, character: Math.floor((p.character / 10000) * 5000) };
  }
  const line = Math.min(lines - 1, Math.floor((p.line / 10000) * lines));
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  return { line, character: Math.floor((p.character / 10000) * (text.length + 1)) };
}

/** The texts a session's document goes through, without a server: for replaying a failing session. */
export function sessionTexts(s: SessionScript): string[] {
  let doc = TextDocument.create('file:///replay.md', s.languageId, 1, s.initial);
  const out = [s.initial];
  let version = 1;
  for (const step of s.steps) {
    let changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] | undefined;
    if (step.kind === 'edit') {
      changes = step.changes.map((c) => {
        const start = resolvePos(c.start, doc);
        const end = doc.positionAt(Math.min(doc.getText().length, doc.offsetAt(start) + c.length));
        return { range: { start, end: c.start.beyond ? start : end }, text: c.text };
      });
    } else if (step.kind === 'replaceAll') changes = [{ text: step.text }];
    else if (step.kind === 'paste' && doc.getText().length <= 1_500_000) {
      const chunk = step.chunk.length > 0 ? step.chunk : 'x';
      const at = resolvePos(step.at, doc);
      changes = [{ range: { start: at, end: at }, text: chunk.repeat(Math.ceil(step.size / chunk.length)).slice(0, step.size) }];
    }
    if (!changes) continue;
    version += s.versionStep;
    doc = applyChanges(doc, changes, version);
    out.push(doc.getText());
  }
  return out;
}

export interface ServerFuzzResult {
  sessions: number;
  failures: number;
  requests: number;
  edits: number;
  publishes: number;
  /** The slowest answer to a request, in ms. */
  slowestMs: number;
  processes: number;
  examples: string[];
  seed: number;
  ms: number;
}

interface Published {
  params: PublishDiagnosticsParams;
  /** The latest version the client had sent for that URI when this arrived. */
  sentAtReceipt: number | undefined;
}

/**
 * How long an answer or the final publish may take. Generous: sessions share a server process, a 1 MB paste
 * holds it for seconds, and CI machines are slow; a server that stopped answering misses it all the same.
 */
const REQUEST_TIMEOUT_MS = 60_000;
const DEBOUNCE_MS = 250;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One server process running several sessions, a few at a time. */
class ProcessRun {
  readonly client = new TestClient();
  readonly published = new Map<string, Published[]>();
  readonly sent = new Map<string, number>();
  readonly logs: string[] = [];
  exited: string | undefined;
  publishes = 0;
  requests = 0;
  edits = 0;
  slowest = 0;

  constructor() {
    // Replaces the helper's own handler: every publish is kept, with what had been sent when it arrived.
    this.client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishes++;
      const list = this.published.get(p.uri) ?? [];
      list.push({ params: p, sentAtReceipt: this.sent.get(p.uri) });
      this.published.set(p.uri, list);
    });
    this.client.connection.onNotification('window/logMessage', (m: { message: string }) => {
      this.logs.push(m.message);
    });
    this.client.process.on('exit', (code, signal) => (this.exited = `exited with ${code ?? signal}; stderr: ${this.client.stderr.slice(-2000)}`));
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    this.requests++;
    const started = Date.now();
    const result = await withTimeout(this.client.connection.sendRequest(method, params) as Promise<T>, REQUEST_TIMEOUT_MS, method);
    this.slowest = Math.max(this.slowest, Date.now() - started);
    return result;
  }
}

/** Runs one session on `run`; returns what went wrong, or undefined. */
async function runSession(run: ProcessRun, s: SessionScript, id: string): Promise<string | undefined> {
  const uri = uriFor(s, id);
  const unknown = `file:///tmp/customer-lens-fuzz-${id}/never-opened.md`;
  const texts = new Map<number, string>();
  let version = 1;
  let doc = TextDocument.create(uri, s.languageId, version, s.initial);
  texts.set(version, s.initial);
  run.sent.set(uri, version);
  await run.client.open(uri, s.initial, version, s.languageId);
  let lastChange = Date.now();
  const pending: Promise<unknown>[] = [];
  const problems: string[] = [];
  const ask = (method: string, params: unknown) =>
    pending.push(run.request(method, params).catch((e: unknown) => problems.push(`${method}: ${e instanceof Error ? e.message : String(e)}`)));

  const change = async (changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]) => {
    version += s.versionStep;
    // The client's copy is an editor's: a range past the last line means the end of the text, as in VS Code
    // (applyChanges is tested against a model of its own in test/unit/textSync.test.ts).
    doc = applyChanges(doc, changes, version);
    texts.set(version, doc.getText());
    run.sent.set(uri, version);
    run.edits++;
    lastChange = Date.now();
    await run.client.change(uri, version, changes);
  };

  for (const step of s.steps) {
    if (run.exited) break;
    switch (step.kind) {
      case 'edit': {
        const changes = step.changes.map((c) => {
          const start = resolvePos(c.start, doc);
          const startOffset = doc.offsetAt(start);
          const end = doc.positionAt(Math.min(doc.getText().length, startOffset + c.length));
          return { range: { start, end: c.start.beyond ? start : end }, text: c.text };
        });
        await change(changes);
        break;
      }
      case 'replaceAll':
        await change([{ text: step.text }]);
        break;
      case 'paste': {
        if (doc.getText().length > 1_500_000) break; // keeps documents near the size of a real paste
        const chunk = step.chunk.length > 0 ? step.chunk : 'x';
        const text = chunk.repeat(Math.ceil(step.size / chunk.length)).slice(0, step.size);
        const at = resolvePos(step.at, doc);
        await change([{ range: { start: at, end: at }, text }]);
        break;
      }
      case 'hover':
      case 'completion':
      case 'codeAction':
      case 'checklist': {
        const target = step.unknownUri ? unknown : uri;
        const position = resolvePos(step.at, doc);
        if (step.kind === 'hover') ask('textDocument/hover', { textDocument: { uri: target }, position });
        else if (step.kind === 'completion') ask('textDocument/completion', { textDocument: { uri: target }, position });
        else if (step.kind === 'checklist') ask('customerLens/checklist', { uri: target });
        else {
          const last = run.published.get(uri)?.at(-1)?.params.diagnostics ?? [];
          const only = [undefined, ['quickfix'], ['source.fixAll'], ['source']][step.at.line % 4];
          ask('textDocument/codeAction', { textDocument: { uri: target }, range: { start: position, end: position }, context: { diagnostics: last, only } });
        }
        break;
      }
      case 'wait':
        await sleep(step.ms);
        break;
      case 'save':
        await run.client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
        break;
      case 'configuration':
        await run.client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        break;
    }
  }

  // The final publish: at least the debounce after the last change, then the one carrying the last version.
  const deadline = Date.now() + REQUEST_TIMEOUT_MS;
  await sleep(Math.max(0, lastChange + DEBOUNCE_MS + 150 - Date.now()));
  while (!run.exited && Date.now() < deadline && !(run.published.get(uri) ?? []).some((p) => p.params.version === version)) await sleep(20);
  await Promise.all(pending);
  await sleep(50);

  if (run.exited) problems.push(`server ${run.exited}`);
  const publishes = (run.published.get(uri) ?? []).filter((p) => p.params.version !== undefined && p.params.version !== null);
  if (publishes.length === 0) problems.push(`nothing was published for ${uri} within ${REQUEST_TIMEOUT_MS} ms`);
  else if (publishes.at(-1)?.params.version !== version) {
    problems.push(`the last publish carries version ${publishes.at(-1)?.params.version}, not the last one sent (${version}), ${Date.now() - lastChange} ms after the last change`);
  }
  let previous = -Infinity;
  for (const p of publishes) {
    const v = p.params.version as number;
    if (v < previous) problems.push(`published version ${v} after ${previous}`);
    previous = Math.max(previous, v);
    if (p.sentAtReceipt !== undefined && v > p.sentAtReceipt) problems.push(`published version ${v} before the client sent it (latest sent ${p.sentAtReceipt})`);
    const text = texts.get(v);
    if (text === undefined) {
      problems.push(`published version ${v}, which was never sent`);
      continue;
    }
    const lengths = lineLengths(text);
    for (const d of p.params.diagnostics) {
      const q = rangeProblem(d.range, lengths);
      if (q) {
        problems.push(`diagnostic ${String(d.code)} of version ${v}: ${q}`);
        break;
      }
    }
  }
  // A handler that throws is answered with a fallback and logged: each such log is a failure, once.
  for (let i = 0; i < run.logs.length; i++) {
    const m = run.logs[i];
    const owner = /customer-lens-fuzz-([\d-]+)\//.exec(m)?.[1];
    if (owner !== undefined ? owner === id : /failed|uncaught|unhandled/.test(m)) {
      problems.push(`server log: ${m.slice(0, 300)}`);
      run.logs.splice(i--, 1);
    }
  }

  await run.client.close(uri);
  run.published.delete(uri);
  return problems.length > 0 ? [...new Set(problems)].slice(0, 5).join('; ') : undefined;
}

function describe(s: SessionScript): string {
  const short = (t: string) => (t.length > 60 ? `${JSON.stringify(t.slice(0, 60))}... (${t.length} chars)` : JSON.stringify(t));
  const steps = s.steps.map((st) =>
    st.kind === 'edit' ? `edit(${st.changes.map((c) => short(c.text)).join(', ')})` : st.kind === 'replaceAll' ? `replaceAll(${short(st.text)})` : st.kind === 'paste' ? `paste(${st.size})` : st.kind === 'wait' ? `wait(${st.ms})` : st.kind,
  );
  return `${s.scheme} ${s.path} (${s.languageId}), initial ${short(s.initial)}, versions +${s.versionStep}: ${steps.join(' ')}`;
}

/**
 * Runs `sessions` random sessions from `seed`: `perProcess` sessions per server process, `concurrent` of
 * them at once on that process (different documents), and `parallel` processes at a time.
 */
export async function fuzzServer(
  sessions: number,
  seed: number = Date.now() ^ (Math.random() * 0x7fffffff),
  options: { perProcess?: number; concurrent?: number; parallel?: number; only?: number; onProgress?: (done: number, failures: number) => void } = {},
): Promise<ServerFuzzResult> {
  const started = Date.now();
  const perProcess = options.perProcess ?? 10;
  const concurrent = options.concurrent ?? 3;
  const parallel = options.parallel ?? 2;
  const scripts = fc.sample(sessionArb, { seed, numRuns: sessions });
  const result: ServerFuzzResult = { sessions: 0, failures: 0, requests: 0, edits: 0, publishes: 0, slowestMs: 0, processes: 0, examples: [], seed, ms: 0 };

  const batches: { index: number; script: SessionScript }[][] = [];
  // One session on its own (`--only N`), to look again at a failure the run reported.
  if (options.only !== undefined) batches.push([{ index: options.only, script: scripts[options.only] }]);
  else for (let i = 0; i < scripts.length; i += perProcess) batches.push(scripts.slice(i, i + perProcess).map((script, k) => ({ index: i + k, script })));

  const runBatch = async (batch: { index: number; script: SessionScript }[]) => {
    const run = new ProcessRun();
    result.processes++;
    const fail = (index: number, script: SessionScript, why: string) => {
      result.failures++;
      if (result.examples.length < 8) result.examples.push(`session ${index} (seed ${seed}): ${why}\n    ${describe(script).slice(0, 1500)}`);
    };
    try {
      await withTimeout(run.client.initialize(), REQUEST_TIMEOUT_MS, 'initialize');
      const queue = [...batch];
      const worker = async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          const { index, script } = item;
          let why: string | undefined;
          try {
            why = await runSession(run, script, `${seed}-${index}`);
          } catch (e) {
            why = `the session threw: ${e instanceof Error ? e.message : String(e)}`;
          }
          result.sessions++;
          if (why) fail(index, script, why);
          options.onProgress?.(result.sessions, result.failures);
        }
      };
      await Promise.all(Array.from({ length: concurrent }, worker));
      // Still alive and answering at the end?
      await run.request('customerLens/rules', undefined).catch((e: unknown) => fail(batch[0].index, batch[0].script, `the server no longer answers: ${String(e)}`));
      if (run.exited) fail(batch[0].index, batch[0].script, `server ${run.exited}`);
    } catch (e) {
      fail(batch[0].index, batch[0].script, `the process failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      result.requests += run.requests;
      result.edits += run.edits;
      result.slowestMs = Math.max(result.slowestMs, run.slowest);
      result.publishes += run.publishes;
      await run.client.shutdown();
    }
  };

  const queue = [...batches];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) await runBatch(b);
    }),
  );
  result.ms = Date.now() - started;
  return result;
}
