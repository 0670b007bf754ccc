// Overview: coverage now and against each dated target, the monthly trend, the breakdowns (by province, or by city at
// a provincial or municipal instance), rectification and the last campaign. Every chart can be saved as PNG and its
// figures as CSV. The trend is the stored monthly snapshots (the daily run keeps the current month's) ending with
// today's figures: nothing is counted month by month here.
import { api } from './api.js';
import { t, label, number, percent, date, region, lang } from './i18n.js';
import { h, table, download, downloadCsv } from './dom.js';

export async function render(main) {
  const month = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
  // the national instance breaks its figures down by province, a provincial or municipal one by city
  const instance = (await api('GET', '/instance')).data;
  const areas = instance.level === 'NATIONAL' ? 'REGION' : 'CITY';
  const [byRegion, byDiscipline, targets, snapshots, open, overdue, campaigns] = await Promise.all([
    api('GET', `/coverage?groupBy=${areas}`),
    api('GET', '/coverage?groupBy=DISCIPLINE'),
    api('GET', '/coverage/targets'),
    api('GET', `/coverage/snapshots?from=2016-01&to=${month}`),
    api('GET', '/rectifications?status=open&limit=1'),
    api('GET', '/rectifications?status=overdue&limit=1'),
    api('GET', '/evaluation/campaigns?limit=50'),
  ]).then((answers) => answers.map((a) => a.data));
  const totals = byRegion.totals;
  const trend = snapshots.filter((s) => s.month.slice(0, 7) !== month)
    .map((s) => ({ month: s.month, asOf: s.asOf, ...s.figures }))
    .concat([{ month: `${month}-01`, asOf: byRegion.asOf, ...totals }]);
  main.replaceChildren(
    h('h2', {}, t('overview.title')),
    h('p', { class: 'note' }, t('overview.asOf', date(byRegion.asOf))),
    h('div', { class: 'cards' },
      figure('kpi-in-scope', t('overview.inScope'), number(totals.inScope), ''),
      figure('kpi-organisation-rate', t('overview.organisationCoverage'), percent(totals.organisationRate),
        t('overview.covered', number(totals.organisationCovered))),
      figure('kpi-work-rate', t('overview.workCoverage'), percent(totals.workRate), t('overview.covered', number(totals.workCovered))),
      figure('kpi-rectifications', t('overview.rectifications'), number(open.total),
        `${t('overview.rectifications.overdue')}: ${number(overdue.total)}`)),
    h('div', { class: 'card' }, h('h3', {}, t('overview.targets')), targetTable(targets)),
    h('div', { class: 'charts' },
      chartCard('trend', t('overview.trend'), trendChart(trend), trendRows(trend)),
      chartCard('region', t(areas === 'CITY' ? 'overview.byCity' : 'overview.byRegion'), barChart(byRegion.rows, region), breakdownRows(byRegion.rows, region)),
      chartCard('discipline', t('overview.byDiscipline'), barChart(byDiscipline.rows, (k) => label('discipline', k)),
        breakdownRows(byDiscipline.rows, (k) => label('discipline', k)))),
    campaignCard(campaigns.items.find((c) => c.status === 'COMPLETED')));
  main.querySelectorAll('.chart').forEach((el) => el.chart.resize());
}

function figure(id, title, value, note) {
  return h('div', { class: 'card', id }, h('div', { class: 'note' }, title), h('div', { class: 'figure' }, value), h('div', { class: 'note' }, note));
}

function targetTable(targets) {
  const met = (ok, shortBy) => (ok ? h('span', { class: 'ok' }, t('overview.target.met')) : h('span', { class: 'bad' }, t('overview.target.short', number(shortBy))));
  return table([
    { label: t('overview.target.date'), value: (r) => date(r.target.date) },
    { label: t('overview.target.organisationMin'), value: (r) => percent(r.target.organisationMin), numeric: true },
    { label: t('overview.target.organisationActual'), value: (r) => percent(r.figures.organisationRate), numeric: true },
    { label: '', value: (r) => (r.target.organisationMin == null ? '' : met(r.organisationMet, r.organisationShort)) },
    { label: t('overview.target.workMin'), value: (r) => percent(r.target.workMin), numeric: true },
    { label: t('overview.target.workActual'), value: (r) => percent(r.figures.workRate), numeric: true },
    { label: '', value: (r) => (r.target.workMin == null ? '' : met(r.workMet, r.workShort)) },
  ], targets, { id: 'targets' });
}

/** A card with a chart, its PNG and its figures as CSV. */
function chartCard(id, title, option, rows) {
  const box = h('div', { class: 'chart', id: `chart-${id}` });
  const chart = echarts.init(box, null, { renderer: 'canvas', locale: lang === 'zh' ? 'ZH' : 'EN' });
  chart.setOption(option);
  box.chart = chart;
  return h('div', { class: 'card' }, h('h3', {}, title), box,
    h('div', { class: 'tools' },
      h('button', { type: 'button', class: 'secondary', id: `png-${id}`,
        onclick: () => download(`${id}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' })) }, t('common.downloadPng')),
      h('button', { type: 'button', class: 'secondary', id: `csv-${id}`, onclick: () => downloadCsv(`${id}.csv`, rows) }, t('common.downloadCsv'))));
}

const rateValue = (r) => (r == null ? null : Number(r));

function trendChart(points) {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => percent(v) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    xAxis: { type: 'category', data: points.map((p) => p.month.slice(0, 7)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    dataZoom: [{ type: 'slider', height: 16, bottom: 8 }],
    series: [
      { name: t('overview.series.organisation'), type: 'line', showSymbol: false, data: points.map((p) => rateValue(p.organisationRate)) },
      { name: t('overview.series.work'), type: 'line', showSymbol: false, data: points.map((p) => rateValue(p.workRate)) },
    ],
  };
}

function trendRows(points) {
  return [[t('overview.target.date'), t('overview.inScope'), t('overview.organisationCoverage'), t('overview.workCoverage'),
    t('overview.series.organisation'), t('overview.series.work')],
  ...points.map((p) => [date(p.asOf), p.inScope, p.organisationCovered, p.workCovered, p.organisationRate ?? '', p.workRate ?? ''])];
}

function barChart(rows, name) {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => percent(v) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 72 },
    xAxis: { type: 'category', data: rows.map((r) => name(r.key)), axisLabel: { rotate: rows.length > 6 ? 45 : 0, interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: t('overview.series.organisation'), type: 'bar', data: rows.map((r) => rateValue(r.figures.organisationRate)) },
      { name: t('overview.series.work'), type: 'bar', data: rows.map((r) => rateValue(r.figures.workRate)) },
    ],
  };
}

function breakdownRows(rows, name) {
  return [[t('overview.column.key'), t('overview.inScope'), t('overview.organisationCoverage'), t('overview.workCoverage'),
    t('overview.series.organisation'), t('overview.series.work')],
  ...rows.map((r) => [name(r.key), r.figures.inScope, r.figures.organisationCovered, r.figures.workCovered,
    r.figures.organisationRate ?? '', r.figures.workRate ?? ''])];
}

function campaignCard(campaign) {
  return h('div', { class: 'card', id: 'last-campaign' }, h('h3', {}, t('overview.campaign')),
    campaign ? h('p', {}, t('overview.campaign.summary', `${campaign.title} (${label('evaluationKind', campaign.kind)}, ${date(campaign.finishedAt)})`,
      number(campaign.evaluated), number(campaign.passed), number(campaign.failed), number(campaign.incomplete)))
      : h('p', { class: 'note' }, t('overview.campaign.none')));
}
