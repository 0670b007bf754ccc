// A society's page: its record, the ledger's five clears and what each lacks, its party organisations, its
// evaluations, its work reports, its party-work budgets, its commendations and the history of its record.
import { api } from './api.js';
import { t, label, number, date, dateTime, region, lang } from './i18n.js';
import { h, table } from './dom.js';

export async function render(main, [id]) {
  const societyId = encodeURIComponent(id);
  const [society, ledger, organisations, evaluations, history, commendations, workers, reports, budgets] = await Promise.all([
    api('GET', `/societies/${societyId}`),
    api('GET', `/societies/${societyId}/ledger`),
    api('GET', `/party-organisations?societyId=${societyId}`),
    api('GET', `/societies/${societyId}/evaluations`),
    api('GET', `/societies/${societyId}/history`),
    api('GET', `/societies/${societyId}/commendations`),
    api('GET', `/workers?societyId=${societyId}&limit=500`),
    api('GET', `/societies/${societyId}/work-reports`),
    api('GET', `/societies/${societyId}/budgets`),
  ]);
  const s = society.data;
  main.replaceChildren(
    h('p', {}, h('a', { href: '#/societies' }, `← ${t('common.back')}`)),
    h('h2', { id: 'society-name' }, s.name),
    h('div', { class: 'card', id: 'society-record' }, h('h3', {}, t('society.record')), record(s)),
    h('div', { class: 'card', id: 'society-ledger' }, h('h3', {}, t('society.ledger')),
      clears(ledger.data)),
    h('div', { class: 'card', id: 'society-organisations' }, h('h3', {}, t('society.organisations')), organisationList(organisations.data)),
    h('div', { class: 'card', id: 'society-evaluations' }, h('h3', {}, t('society.evaluations')), evaluationList(evaluations.data)),
    h('div', { class: 'card', id: 'society-reports' }, h('h3', {}, t('society.reports')), reportList(reports.data)),
    h('div', { class: 'card', id: 'society-budgets' }, h('h3', {}, t('society.budgets')), budgetList(budgets.data)),
    h('div', { class: 'card', id: 'society-commendations' }, h('h3', {}, t('society.commendations')),
      commendationList(commendations.data, workers.data.items, organisations.data)),
    h('div', { class: 'card', id: 'society-history' }, h('h3', {}, t('society.history')), table([
      { label: t('society.history.at'), value: (e) => dateTime(e.at) },
      { label: t('society.history.actor'), value: (e) => e.actor },
      { label: t('society.history.change'), value: (e) => e.change },
    ], history.data)));
}

function record(s) {
  const rows = [
    [t('society.nameEn'), s.nameEn],
    [t('societies.column.uscc'), s.uscc],
    [t('society.kind'), label('kind', s.kind)],
    [t('societies.column.level'), label('level', s.level)],
    [t('societies.column.region'), region(s.regionCode)],
    [t('societies.column.discipline'), label('discipline', s.discipline)],
    [t('society.supervisingUnit'), s.supervisingUnit],
    [t('society.groupMemberStatus'), label('groupMemberStatus', s.groupMemberStatus)],
    [t('societies.column.registrationStatus'), label('registrationStatus', s.registrationStatus)],
    [t('society.foundingYear'), s.foundingYear],
    [t('society.partyBuildingInCharter'), s.partyBuildingInCharter == null ? '' : t(s.partyBuildingInCharter ? 'common.yes' : 'common.no')],
  ];
  return h('dl', { class: 'record' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '')]));
}

function clears(ledger) {
  return [
    h('p', { class: 'note' }, ledger.revision === 0 ? t('society.ledger.none')
      : t('society.ledger.revision', number(ledger.revision), dateTime(ledger.recordedAt), ledger.recordedBy)),
    h('ul', {}, ledger.sections.map((section) => h('li', { 'data-section': section.section },
      h('strong', {}, `${label('section', section.section)}：`),
      section.clear ? h('span', { class: 'ok' }, t('society.ledger.clear'))
        : h('span', { class: 'bad' }, t('society.ledger.notClear', section.missing.map((f) => label('field', f)).join(lang === 'zh' ? '、' : ', '))))))];
}

function organisationList(organisations) {
  if (!organisations.length) return h('p', { class: 'note' }, t('society.organisations.none'));
  return h('ul', {}, organisations.map((o) => h('li', {},
    `${o.name}（${label('organisationType', o.type)}，${date(o.establishedOn)}）`,
    t('society.organisations.members', number(o.formalMembers + o.probationaryMembers), number(o.formalMembers), number(o.probationaryMembers)))));
}

function evaluationList(evaluations) {
  if (!evaluations.length) return h('p', { class: 'note' }, t('society.evaluations.none'));
  return h('ul', {}, evaluations.map((e) => h('li', {},
    t('society.evaluation.line', e.campaignId, label('outcome', e.outcome), e.score == null ? '–' : number(e.score),
      e.grade ? label('grade', e.grade) : '–'),
    e.reasons.length ? h('div', { class: 'note' }, e.reasons.join('；')) : null)));
}

// Its regular work reports to the party committee, newest period first, with the review.
function reportList(reports) {
  if (!reports.length) return h('p', { class: 'note' }, t('society.reports.none'));
  return table([
    { label: t('society.reports.period'), value: (r) => r.period },
    { label: t('society.reports.state'), value: (r) => label('reportState', r.state) },
    { label: t('society.reports.submitted'), value: (r) => dateTime(r.submittedAt) },
    { label: t('society.reports.late'), value: (r) => (r.late ? h('span', { class: 'bad' }, t('common.yes')) : t('common.no')) },
    { label: t('society.reports.grade'), value: (r) => label('grade', r.grade) },
    { label: t('society.reports.comment'), value: (r) => r.reviewComment ?? '' },
  ], reports);
}

// Its party-work budget per year: the line (or that none is listed), what was spent by category, the room.
function budgetList(budgets) {
  if (!budgets.length) return h('p', { class: 'note' }, t('society.budgets.none'));
  return table([
    { label: t('society.budgets.year'), value: (b) => b.year },
    { label: t('society.budgets.line'), numeric: true,
      value: (b) => (b.budgetLine == null ? h('span', { class: 'bad' }, t('society.budgets.noLine')) : number(b.budgetLine)) },
    { label: t('society.budgets.spent'), numeric: true, value: (b) => number(b.spent) },
    { label: t('society.budgets.byCategory'), value: (b) => Object.entries(b.spending).filter(([, v]) => Number(v) > 0)
      .map(([c, v]) => `${label('spending', c)} ${number(v)}`).join(lang === 'zh' ? '；' : '; ') },
    { label: t('society.budgets.room'), value: (b) => t(b.activityRoom ? 'common.yes' : 'common.no') },
    { label: t('society.budgets.facilities'), value: (b) => b.facilities ?? '' },
  ], budgets);
}

// Of the society, one of its party organisations or one of its party affairs workers, named.
function commendationList(commendations, workers, organisations) {
  if (!commendations.length) return h('p', { class: 'note' }, t('society.commendations.none'));
  const name = (list, id) => (list.find((x) => x.id === id) || { name: `#${id}` }).name;
  return h('ul', {}, commendations.map((c) => h('li', {}, t('society.commendation.line', c.title,
    c.workerId != null ? t('society.commendation.worker', name(workers, c.workerId))
      : c.organisationId != null ? t('society.commendation.organisation', name(organisations, c.organisationId))
        : t('society.commendation.society'),
    date(c.awardedOn), c.awardedBy))));
}
