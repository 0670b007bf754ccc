// Import: a CSV or Excel file is first checked (CHECK_ONLY: every row's errors and warnings, nothing written),
// then imported in the chosen mode. Any other file is refused here, before it is read or sent.
import { api } from './api.js';
import { t, number } from './i18n.js';
import { h, table, message, problem } from './dom.js';

const TYPES = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export async function render(main) {
  const file = h('input', { type: 'file', id: 'import-file', accept: '.csv,.xlsx,text/csv,' + TYPES.xlsx });
  const mode = h('select', { id: 'import-mode' },
    ['ALL_OR_NOTHING', 'VALID_ROWS'].map((m) => h('option', { value: m }, t(`import.mode.${m}`))));
  const report = h('div', { id: 'import-report' });
  const send = (checkOnly) => async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    const extension = chosen.name.toLowerCase().split('.').pop();
    if (!TYPES[extension]) {
      report.replaceChildren(message(t('import.wrongType', chosen.name), 'error'));
      return;
    }
    try {
      const { data } = await api('POST', `/imports/societies?mode=${checkOnly ? 'CHECK_ONLY' : mode.value}`,
        { body: chosen, headers: { 'Content-Type': TYPES[extension] }, accept: [422] });
      report.replaceChildren(...describe(data, checkOnly));
    } catch (error) {
      if (error.status !== 401) report.replaceChildren(problem(error));
    }
  };
  main.replaceChildren(h('h2', {}, t('import.title')),
    h('div', { class: 'card' },
      h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() },
        h('label', {}, t('import.file'), file),
        h('label', {}, t('import.mode'), mode),
        h('button', { type: 'button', class: 'secondary', id: 'import-check', onclick: send(true) }, t('import.check')),
        h('button', { type: 'button', class: 'primary', id: 'import-commit', onclick: send(false) }, t('import.commit')))),
    report);
}

function describe(report, checkOnly) {
  const badRows = new Set(report.errors.map((e) => e.row)).size;
  const summary = checkOnly ? message(t('import.report.dryRun', number(report.rows - badRows), number(badRows)), badRows ? 'error' : '')
    : message(report.applied ? t('import.report.applied', number(report.created), number(report.updated), number(report.unchanged))
      : t('import.report.notApplied'), report.applied ? 'success' : 'error');
  const columns = [
    { label: t('import.report.row'), value: (e) => number(e.row), numeric: true },
    { label: t('import.report.column'), value: (e) => e.column },
    { label: t('import.report.reason'), value: (e) => e.reason },
  ];
  return [
    h('p', {}, t('import.report.rows', number(report.rows))), summary,
    report.errors.length ? h('div', { class: 'card' }, h('h3', {}, t('import.report.errors')), table(columns, report.errors, { id: 'import-errors' })) : null,
    report.warnings.length ? h('div', { class: 'card' }, h('h3', {}, t('import.report.warnings')), table(columns, report.warnings, { id: 'import-warnings' })) : null,
  ].filter(Boolean);
}
