// Plugins: the evaluation modules and funding schemes installed, with version and region.
import { api } from './api.js';
import { t, label, dateTime, region } from './i18n.js';
import { h, table } from './dom.js';

export async function render(main) {
  const [modules, schemes] = await Promise.all([api('GET', '/evaluation/modules'), api('GET', '/evaluation/funding-schemes')]);
  main.replaceChildren(h('h2', {}, t('plugins.title')),
    section('modules', t('plugins.modules'), modules.data, true),
    section('schemes', t('plugins.schemes'), schemes.data, false));
}

function section(id, title, plugins, withKinds) {
  const columns = [
    { label: t('plugins.column.name'), value: (p) => p.name },
    { label: t('plugins.column.id'), value: (p) => p.id },
    { label: t('plugins.column.version'), value: (p) => p.version },
    { label: t('plugins.column.region'), value: (p) => (p.region ? region(p.region.padEnd(6, '0')) : t('plugins.national')) },
    withKinds && { label: t('plugins.column.kinds'), value: (p) => p.kinds.map((k) => label('evaluationKind', k)).join('、') },
    { label: t('plugins.column.state'), value: (p) => label('moduleState', p.state) },
    { label: t('plugins.column.since'), value: (p) => dateTime(p.since) },
  ].filter(Boolean);
  return h('div', { class: 'card', id }, h('h3', {}, title),
    plugins.length ? table(columns, plugins) : h('p', { class: 'note' }, t('plugins.none')));
}
