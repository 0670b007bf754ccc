// Societies: the API's filters and a paged list; each name leads to the society's page.
import { api } from './api.js';
import { t, label, number, region } from './i18n.js';
import { h, table, options } from './dom.js';

const PAGE = 20;
const FILTERS = [
  ['level', 'level', ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL']],
  ['discipline', 'discipline', ['SCIENCE', 'ENGINEERING', 'AGRICULTURE', 'MEDICINE', 'INTERDISCIPLINARY']],
  ['groupMemberStatus', 'groupMemberStatus', ['MEMBER', 'APPLICANT', 'NONE']],
  ['registrationStatus', 'registrationStatus', ['ACTIVE', 'SUSPENDED', 'DEREGISTERED']],
];

export async function render(main) {
  const results = h('div', { id: 'society-results' });
  const form = h('form', { class: 'filters', id: 'society-filters' },
    h('label', {}, t('societies.filter.region'), h('input', { id: 'filter-regionPrefix', name: 'regionPrefix', size: 8, inputmode: 'numeric' })),
    FILTERS.map(([name, prefix, values]) => h('label', {}, t(`societies.filter.${name}`),
      h('select', { id: `filter-${name}`, name }, options(prefix, values)))),
    h('button', { type: 'submit', class: 'primary', id: 'society-search' }, t('common.search')),
    h('button', { type: 'reset', class: 'secondary' }, t('common.reset')));
  form.onsubmit = (e) => { e.preventDefault(); list(form, results, 0); };
  form.onreset = () => setTimeout(() => list(form, results, 0));
  main.replaceChildren(h('h2', {}, t('societies.title')), form, results);
  await list(form, results, 0);
}

async function list(form, results, offset) {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (value.trim()) query.set(name, value.trim());
  query.set('offset', offset);
  query.set('limit', PAGE);
  const { data: page } = await api('GET', `/societies?${query}`);
  if (!page.items.length) {
    results.replaceChildren(h('p', { class: 'note' }, t('societies.empty')));
    return;
  }
  results.replaceChildren(
    table([
      { label: t('societies.column.name'), value: (s) => h('a', { href: `#/societies/${s.id}` }, s.name) },
      { label: t('societies.column.uscc'), value: (s) => s.uscc },
      { label: t('societies.column.level'), value: (s) => label('level', s.level) },
      { label: t('societies.column.region'), value: (s) => region(s.regionCode) },
      { label: t('societies.column.discipline'), value: (s) => label('discipline', s.discipline) },
      { label: t('societies.column.registrationStatus'), value: (s) => label('registrationStatus', s.registrationStatus) },
    ], page.items, { id: 'society-table' }),
    h('div', { class: 'pager' },
      h('button', { type: 'button', class: 'secondary', disabled: offset === 0, onclick: () => list(form, results, Math.max(0, offset - PAGE)) }, t('common.previous')),
      h('span', { id: 'society-count' }, t('common.pageOf', number(offset + 1), number(offset + page.items.length), number(page.total))),
      h('button', { type: 'button', class: 'secondary', disabled: offset + PAGE >= page.total, onclick: () => list(form, results, offset + PAGE) }, t('common.next'))));
}
