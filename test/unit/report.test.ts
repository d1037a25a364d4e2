// The decision map's pure parts: cells from findings, hostile text and links in the HTML, history sampling.

import { strict as assert } from 'node:assert';
import { CONCEPTS } from '../../server/src/engine';
import { cellsOf } from '../../server/src/report/cells';
import { esc, relativeHref } from '../../server/src/report/html';
import { buildMap, type MapRecord } from '../../server/src/report/model';
import { renderMap, sample } from '../../server/src/report/render';
import { conceptNames } from '../../server/src/report/text';

const all = (state: 'present' | 'missing', required = true) => CONCEPTS.map((concept) => ({ concept, state, required }));

describe('decision map: cells, HTML and history', () => {
  it('marks a missing concept suppressed only when no finding on it is left open', () => {
    const silenced = [{ rule: 'customer-evidence', concept: 'customer-evidence' as const, reason: 'internal tool' }];
    assert.deepEqual(cellsOf(all('missing'), [], silenced)['customer-evidence'], { state: 'suppressed', required: true, note: 'internal tool' });
    const open = [{ rule: 'customer-evidence', concept: 'customer-evidence' as const, message: 'No customer evidence.' }];
    assert.deepEqual(cellsOf(all('missing'), open, silenced)['customer-evidence'], { state: 'missing', required: true });
    // A not-required absent concept stays not required, whatever is suppressed.
    assert.deepEqual(cellsOf(all('missing', false), [], silenced)['customer-evidence'], { state: 'not-required', required: false });
    // A present concept with a substance finding is thin, with the finding's words.
    const thin = [{ rule: 'metric-without-number', concept: 'success-metrics' as const, message: 'No number.' }];
    assert.deepEqual(cellsOf(all('present'), thin, [])['success-metrics'], { state: 'thin', required: true, note: 'No number.' });
  });

  it('keeps only relative links, and escapes every text', () => {
    for (const bad of ['javascript:alert(1)', 'https://example.com/x.md', '//host/x.md', 'C:\\x.md', 'data:text/html,x']) assert.equal(relativeHref(bad), undefined, bad);
    assert.equal(relativeHref('../docs/a%20b.md'), '../docs/a%20b.md');
    assert.equal(esc(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    const hostile = '<img src=x onerror=alert(1)>';
    const record: MapRecord = {
      path: `adr/${hostile}.md`, href: 'javascript:alert(1)', title: hostile, kind: 'decision', status: 'proposed', folder: 'adr', personas: [hostile],
      cells: cellsOf(all('missing'), [], [{ rule: 'customer-impact', concept: 'customer-impact', reason: `"><script>alert(1)</script>` }]), notes: [],
    };
    const html = renderMap(buildMap({ records: [record], days: 90, today: '2024-05-01', sources: [hostile] }), { conceptNames: conceptNames() });
    assert.equal(html.includes('<img'), false);
    assert.equal(html.includes('javascript:'), false);
    assert.equal(html.match(/<script/g)?.length, 1, 'the map\'s own script only');
    assert.ok(html.includes('title="Customer impact: suppressed: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
  });

  it('gives a webview a nonce on its style and script, and a policy that allows nothing else', () => {
    const html = renderMap(buildMap({ records: [], days: 90, today: '2024-05-01', sources: [] }), { conceptNames: conceptNames(), editor: { nonce: 'abc123', cspSource: 'vscode-webview:' } });
    assert.ok(html.includes(`content="default-src 'none'; style-src vscode-webview: 'nonce-abc123'; script-src 'nonce-abc123'; img-src data:"`));
    assert.ok(html.includes('<style nonce="abc123">'));
    assert.ok(html.includes('<script nonce="abc123">'));
  });

  it('samples a long history evenly, keeping the first and last commit', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ date: '2024-01-01T00:00:00Z', commit: String(i), records: 1, present: 1, required: 1 }));
    const picked = sample(points, 5).map((p) => p.commit);
    assert.deepEqual(picked, ['0', '250', '500', '749', '999']);
  });
});
