// Small DOM helpers: elements, tables, downloads.
import { t } from './i18n.js';

/** An element: h('a', { href: '#/x', class: 'y', onclick: f }, 'text', child). */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false).map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

/** A table: columns [{ label, value: row => text or node, numeric }]. */
export function table(columns, rows, attributes = {}) {
  return h('table', attributes,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.numeric ? 'num' : null }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c) => h('td', { class: c.numeric ? 'num' : null }, c.value(row)))))));
}

export function message(text, kind = '') {
  return h('div', { class: `message ${kind}`, role: 'status' }, text);
}

/**
 * A refusal from the API in words: the page's own label for its code when there is one (the server's detail then
 * shows on hover), else the server's detail; with the fields' errors when it names some.
 */
export function problem(error) {
  const body = error.problem || {};
  const known = body.code && t(`problem.${body.code}`) !== `problem.${body.code}` ? t(`problem.${body.code}`) : null;
  const fields = (body.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
  const shown = message(t('common.error', [known || body.detail || body.title || error.message, fields].filter(Boolean).join(' — ')), 'error');
  if (known && body.detail) shown.title = body.detail;
  shown.dataset.code = body.code || '';
  return shown;
}

export function download(name, href) {
  const link = h('a', { href, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Rows as a CSV file (UTF-8 with BOM, so spreadsheet programs read the Chinese right). */
export function downloadCsv(name, rows) {
  const quote = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  download(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An <option> list for an enumerated value, with "all" first. */
export function options(prefix, values, allLabel = t('common.all')) {
  return [h('option', { value: '' }, allLabel), ...values.map((v) => h('option', { value: v }, t(`${prefix}.${v}`)))];
}
