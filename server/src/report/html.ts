// Writing HTML safely: every text and attribute escaped, and only links that stay relative (no scheme, no
// host), so the report never points outside itself and its folder.

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A relative link, or undefined for anything that could leave: a scheme, `//host`, a backslash. */
export function relativeHref(href: string | undefined): string | undefined {
  if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.includes('\\')) return undefined;
  return href;
}

