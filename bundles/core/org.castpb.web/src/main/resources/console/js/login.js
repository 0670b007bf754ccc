// The sign-in page: labels, the reason it is shown, and where to go back to.
import { loadLabels, t, applyLabels } from './i18n.js';

await loadLabels();
document.title = `${t('login.title')} · ${t('app.title')}`;
applyLabels(document);
const query = new URLSearchParams(location.search);
const next = query.get('next') || '';
if (/^#\/[A-Za-z0-9/_=&.-]*$/.test(next)) document.getElementById('next').value = next;
const box = document.getElementById('message');
let text = null;
if (query.get('error')) text = t(`login.error.${query.get('error')}`, query.get('wait') || '');
else if (query.get('expired')) text = t('login.expired');
else if (query.get('signedOut')) text = t('login.signedOut');
if (text) {
  box.textContent = text;
  box.classList.toggle('error', Boolean(query.get('error')));
  box.hidden = false;
}
document.getElementById('user').focus();
