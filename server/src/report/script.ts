// The map's one inline script, optional: everything is readable without it. It shows the filters, sorts a
// table by a column, and in the editor asks the extension to open a record at a concept's place.

export const SCRIPT = `(() => {
  const table = document.querySelector('table.heat');
  const form = document.querySelector('[data-filters]');
  const showing = document.querySelector('[data-showing]');
  if (table && form && showing) {
    form.hidden = false;
    showing.hidden = false;
    const rows = Array.from(table.tBodies[0].rows);
    const apply = () => {
      const want = {};
      form.querySelectorAll('select').forEach((s) => { want[s.dataset.filter] = s.value; });
      let shown = 0;
      for (const row of rows) {
        const cells = Array.from(row.querySelectorAll('td.cell'));
        const ok = (!want.kind || row.dataset.kind === want.kind)
          && (!want.status || row.dataset.status === want.status)
          && (!want.folder || row.dataset.folder === want.folder)
          && (!want.persona || row.dataset.personas.split('\\n').includes(want.persona))
          && (!want.state || cells.some((c) => c.dataset.state === want.state && (!want.concept || c.dataset.concept === want.concept)));
        row.hidden = !ok;
        if (ok) shown++;
      }
      showing.textContent = showing.dataset.template.replace('{shown}', shown).replace('{total}', rows.length);
    };
    form.addEventListener('change', apply);
    apply();
  }
  for (const t of document.querySelectorAll('table[data-sortable]')) {
    const heads = Array.from(t.tHead.rows[0].cells);
    heads.forEach((th, col) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => {
        const up = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach((h) => h.setAttribute('aria-sort', 'none'));
        th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        const key = (r) => (r.cells[col].dataset.state || r.cells[col].textContent || '').trim();
        const sorted = Array.from(t.tBodies[0].rows).sort((a, b) => key(a).localeCompare(key(b), undefined, { numeric: true }) * (up ? 1 : -1));
        for (const r of sorted) t.tBodies[0].appendChild(r);
      });
    });
  }
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  if (vscode) {
    document.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target.closest('[data-open]') : null;
      if (!target) return;
      e.preventDefault();
      vscode.postMessage({ command: 'open', uri: target.dataset.open, line: Number(target.dataset.line) || 0 });
    });
  }
})();`;
