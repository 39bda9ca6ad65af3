// The public API only: a bearer token from the development token endpoint, kept for the browser session.

/** Gets the stored session: { token, actor } or null. */
export const session = () => JSON.parse(sessionStorage.getItem('np.session') ?? 'null');

/** Forgets the session. */
export const signOut = () => sessionStorage.removeItem('np.session');

/** Lists the demo actors (development only). */
export const actors = () => fetchJson('/dev/actors', false);

/** Signs in as a demo actor and keeps its token. */
export async function signIn(name) {
  const response = await fetch(`/dev/tokens/${encodeURIComponent(name)}`, { method: 'POST' });
  if (!response.ok) throw new Error(await problem(response));
  const body = await response.json();
  sessionStorage.setItem('np.session', JSON.stringify({ token: body.token, actor: body.actor }));
  return body;
}

/** GETs a JSON resource of the API with the session's token. */
export const get = path => fetchJson(path, true);

async function fetchJson(path, authorized) {
  const headers = { Accept: 'application/json' };
  const s = session();
  if (authorized && s) headers.Authorization = `Bearer ${s.token}`;
  const response = await fetch(path, { headers });
  if (response.status === 401) { signOut(); location.hash = '#/login'; throw new Error('401'); }
  if (!response.ok) throw new Error(await problem(response));
  return response.json();
}

async function problem(response) {
  try {
    const p = await response.json();
    return `${response.status} ${p.messageZh ?? p.title ?? ''}`;
  } catch {
    return `${response.status}`;
  }
}

/** Today's date in the district (Asia/Shanghai) as yyyy-MM-dd. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
