// Queues: establishment requests waiting for a decision (approve, return or reject with a comment; a rule's
// warning must be accepted with a justification first), the open rectification tasks, and at a parent instance its
// child instances' latest reports (overdue ones marked).
import { api } from './api.js';
import { t, label, number, percent, date, dateTime, region } from './i18n.js';
import { h, table, message, problem } from './dom.js';

export async function render(main) {
  const [pending, tasks] = await Promise.all([api('GET', '/establishment-requests/pending'), api('GET', '/rectifications?status=open&limit=200')]);
  const requests = await Promise.all(pending.data.map((p) => api('GET', `/establishment-requests/${p.requestId}`)));
  const children = await api('GET', '/federation/children', { accept: [403, 404] });
  const notice = h('div', { id: 'queue-notice' });
  main.replaceChildren(h('h2', {}, t('queues.title')), notice,
    h('h3', {}, t('queues.requests')),
    pending.data.length ? h('div', { id: 'requests' }, pending.data.map((p, i) => requestCard(p, requests[i], notice, main)))
      : h('p', { class: 'note', id: 'requests' }, t('queues.requests.none')),
    h('div', { class: 'card', id: 'rectifications' }, h('h3', {}, t('queues.rectifications')),
      tasks.data.items.length ? h('ul', {}, tasks.data.items.map((task) => h('li', { class: task.overdue ? 'warn' : null },
        t('queues.rectification.line', task.societyName, label('coverageKind', task.kind), date(task.dueOn)),
        task.overdue ? ` · ${t('overview.rectifications.overdue')}` : '')))
        : h('p', { class: 'note' }, t('queues.rectifications.none'))),
    children.status === 200 ? childCard(children.data) : null);
}

function childCard(children) {
  return h('div', { class: 'card', id: 'children' }, h('h3', {}, t('queues.children')),
    children.length ? table([
      { label: t('queues.children.name'), value: (c) => c.displayName || c.instanceId },
      { label: t('societies.column.region'), value: (c) => region(c.regionCode) },
      { label: t('queues.children.lastAsOf'), value: (c) => date(c.lastAsOf) },
      { label: t('queues.children.receivedAt'), value: (c) => dateTime(c.lastReceivedAt) },
      { label: t('overview.organisationCoverage'), value: (c) => percent(c.lastTotals?.organisationRate), numeric: true },
      { label: t('overview.workCoverage'), value: (c) => percent(c.lastTotals?.workRate), numeric: true },
      { label: '', value: (c) => (c.overdue ? h('span', { class: 'bad' }, t('queues.children.overdue')) : h('span', { class: 'ok' }, t('queues.children.onTime'))) },
    ], children) : h('p', { class: 'note' }, t('queues.children.none')));
}

function requestCard(pending, detail, notice, main) {
  const request = detail.data;
  const accepted = new Set(request.acceptances.map((a) => a.code));
  const comment = h('textarea', { id: `comment-${pending.requestId}`, rows: 2, cols: 60 });
  const step = (name) => async () => {
    try {
      const { data } = await api('POST', `/establishment-requests/${pending.requestId}/${name}`,
        { json: { comment: comment.value.trim() || null }, headers: { 'If-Match': detail.etag } });
      await render(main);
      document.getElementById('queue-notice').replaceChildren(message(t('queues.request.done', pending.name, label('requestState', data.state)), 'success'));
    } catch (error) {
      if (error.status !== 401) notice.replaceChildren(problem(error));
    }
  };
  return h('div', { class: 'card', id: `request-${pending.requestId}`, 'data-name': pending.name },
    h('h3', {}, `${pending.name}（${label('organisationType', pending.type)}）`),
    h('p', { class: pending.overdue ? 'warn' : 'note' }, t('queues.request.submitted', dateTime(pending.submittedAt), number(pending.ageDays)),
      pending.overdue ? ` · ${t('queues.request.overdue')}` : ''),
    h('p', {}, t('queues.request.societies', ''), pending.societyIds.map((id) => [h('a', { href: `#/societies/${id}` }, `#${id}`), ' '])),
    h('h4', {}, t('queues.request.warnings')),
    request.warnings.length ? h('ul', {}, request.warnings.map((w) => warning(w, accepted.has(w.code), pending, detail, notice, main)))
      : h('p', { class: 'note' }, t('queues.request.noWarnings')),
    h('label', {}, t('queues.request.comment'), comment),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: `approve-${pending.requestId}`, onclick: step('approve') }, t('queues.request.approve')),
      h('button', { type: 'button', class: 'secondary', id: `return-${pending.requestId}`, onclick: step('return') }, t('queues.request.return')),
      h('button', { type: 'button', class: 'secondary', id: `reject-${pending.requestId}`, onclick: step('reject') }, t('queues.request.reject'))));
}

function warning(w, isAccepted, pending, detail, notice, main) {
  if (isAccepted) return h('li', { class: 'ok' }, t('queues.request.accepted', w.message));
  const justification = h('input', { id: `justification-${pending.requestId}-${w.code}`, size: 40, placeholder: t('queues.request.justification') });
  const accept = async () => {
    try {
      await api('POST', `/establishment-requests/${pending.requestId}/warnings/${encodeURIComponent(w.code)}/accept`,
        { json: { justification: justification.value.trim() || null }, headers: { 'If-Match': detail.etag } });
      await render(main);
    } catch (error) {
      if (error.status !== 401) notice.replaceChildren(problem(error));
    }
  };
  return h('li', { class: 'warn', 'data-warning': w.code }, `${w.message} `, justification, ' ',
    h('button', { type: 'button', class: 'secondary', onclick: accept }, t('queues.request.accept')));
}
