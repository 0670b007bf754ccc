// The public REST API (/api/v1) with the console's session: the cookie goes by itself, the CSRF token with
// every change. An ended session leads to the sign-in page, keeping what the page's fields held.
let csrfToken = null;

export function useCsrfToken(token) {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(`HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Calls the API: api('GET', '/societies?limit=20'), api('POST', '/x', { json: {...}, headers: {...} }).
 * Resolves to { status, data, etag }; a refusal rejects with an ApiError, except the statuses in options.accept.
 */
export async function api(method, path, options = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...(options.headers || {}) };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  let { body } = options;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = 'application/json';
  }
  const answer = await fetch(`/api/v1${path}`, { method, headers, body, credentials: 'same-origin' });
  if (answer.status === 401) {
    sessionEnded();
    throw new ApiError(401, null);
  }
  const type = answer.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await answer.json() : await answer.text();
  if (!answer.ok && !(options.accept || []).includes(answer.status)) throw new ApiError(answer.status, data);
  return { status: answer.status, data, etag: answer.headers.get('ETag') };
}

const formKey = (route) => `castpb.form:${route}`;

/** Keeps the page's fields in this tab's session storage and goes to sign in; the page is restored after. */
export function sessionEnded() {
  const fields = {};
  document.querySelectorAll('main input[id], main select[id], main textarea[id]').forEach((el) => {
    if (el.type === 'file' || el.type === 'password') return;
    fields[el.id] = el.type === 'checkbox' ? el.checked : el.value;
  });
  const route = location.hash || '#/overview';
  sessionStorage.setItem(formKey(route), JSON.stringify(fields));
  location.assign(`/console/login.html?expired=1&next=${encodeURIComponent(route)}`);
}

/** Puts back the fields kept when the session ended on this page. */
export function restoreFields() {
  const key = formKey(location.hash || '#/overview');
  const kept = sessionStorage.getItem(key);
  if (!kept) return;
  sessionStorage.removeItem(key);
  for (const [id, value] of Object.entries(JSON.parse(kept))) {
    const el = document.getElementById(id);
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = value;
    else el.value = value;
  }
}
