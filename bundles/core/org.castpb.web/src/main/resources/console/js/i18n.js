// Labels from the message bundles, and the formats officials expect: 2016-12-31, 12,345, 87.5%.
const STORED = 'castpb.lang';
let labels = {};

/** The page language: Chinese unless English was chosen. */
export const lang = localStorage.getItem(STORED) === 'en' ? 'en' : 'zh';
const locale = lang === 'zh' ? 'zh-CN' : 'en-US';

export async function loadLabels() {
  const answer = await fetch(`/console/i18n/${lang}.json`, { headers: { Accept: 'application/json' } });
  labels = await answer.json();
  document.documentElement.lang = locale;
}

/** The label of {@code key} with {0}, {1}... replaced by the arguments; the key itself when there is no label. */
export function t(key, ...args) {
  const text = labels[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => (args[i] ?? '').toString());
}

/** The label of an enumerated value, e.g. label('level', 'NATIONAL'). */
export const label = (prefix, value) => (value == null ? '' : t(`${prefix}.${value}`));

export function applyLabels(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-lang]').forEach((el) => {
    el.hidden = el.dataset.lang === lang;
    el.onclick = () => { localStorage.setItem(STORED, el.dataset.lang); location.reload(); };
  });
}

export const number = (n) => (n == null ? '–' : new Intl.NumberFormat(locale).format(Number(n)));
export const percent = (r) => (r == null ? '–'
  : `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(r))}%`);

/** A day as 2016-12-31: dates as the API sends them, instants as the day in Beijing. */
export function date(value) {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Date(value).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

export function dateTime(value) {
  if (!value) return '';
  return new Date(value).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
}

/** A GB/T 2260 region by name: the province's name, with the code for a city or county. */
export function region(code) {
  if (!code) return '';
  const own = labels[`region.${code}`];
  if (own) return own;
  const province = labels[`region.${code.slice(0, 2)}0000`];
  return province ? `${province} ${code}` : code;
}
