import * as api from './api.js';
import { bars } from './charts.js';
import { h, table } from './dom.js';
import { pick, t } from './i18n.js';

const kinds = { Committee: ['党委', 'Committee'], WorkingCommittee: ['党工委', 'Working committee'], GeneralBranch: ['党总支', 'General branch'], Branch: ['党支部', 'Branch'],
  JointBranch: ['联合党支部', 'Joint branch'], BuildingGroup: ['楼栋党小组', 'Building group'], FunctionalGroup: ['功能性党小组', 'Functional group'], PartyGroup: ['党小组', 'Party group'] };

/** The place the actor's view starts at (the first place it may see). */
export async function homePlace() {
  const places = await api.get('/api/places');
  return places[0];
}

/** Login: the demo actors as buttons. */
export async function login(main, done) {
  const list = await api.actors();
  main.replaceChildren(
    h('h1', {}, t('login.title')),
    h('p', {}, t('login.hint')),
    h('ul', { class: 'actors' }, list.map(a => h('li', {}, h('button', { type: 'button', 'data-actor': a.name, onclick: async () => { await api.signIn(a.name); done(); } },
      h('strong', {}, a.name), a.description)))));
}

/** Overview: the figures since 2019 and two trends. */
export async function home(main) {
  const place = await homePlace();
  const report = await api.get(`/api/reports/${place.id}?from=2019-01-01&to=${api.today()}`);
  main.replaceChildren(
    h('h1', {}, `${place.name} · ${t('home.title')}`),
    h('p', {}, t('home.since')),
    h('ul', { class: 'cards' }, report.totals.map(f => h('li', { class: 'card' }, h('span', { class: 'value' }, f.value), h('span', { class: 'label' }, pick(f.nameZh, f.name))))),
    h('h2', {}, t('home.trend')));
  const trend = await yearly(place.id, ['problems-solved', 'volunteer-services']);
  for (const [key, points] of Object.entries(trend.series)) {
    main.append(h('h3', {}, trend.names[key]), bars(points, `${place.name} ${trend.names[key]}`));
  }
}

/** Reports per year since 2019 for some figures: { names, series: { key: [{ label, value }] } }. */
export async function yearly(placeId, keys) {
  const end = api.today();
  const years = [];
  for (let y = 2019; y <= Number(end.slice(0, 4)); y++) years.push(y);
  const reports = await Promise.all(years.map(y => api.get(`/api/reports/${placeId}?from=${y}-01-01&to=${y === years.at(-1) ? end : `${y}-12-31`}`)));
  const names = {}, series = {};
  for (const key of keys) {
    const first = reports[0].totals.find(f => f.key === key);
    names[key] = pick(first?.nameZh, first?.name);
    series[key] = reports.map((r, i) => ({ label: String(years[i]), value: r.totals.find(f => f.key === key)?.value ?? 0 }));
  }
  return { names, series };
}

/** The organisation tree with counts. */
export async function tree(main) {
  const roots = await api.get('/api/units');
  main.replaceChildren(h('h1', {}, t('tree.title')));
  for (const root of roots) {
    const all = await api.get(`/api/units/${root.id}/subtree`);
    const children = new Map();
    for (const u of all) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
    const branchesBelow = u => (children.get(u.id) ?? []).reduce((n, c) => n + (c.kind === 'Branch' || c.kind === 'JointBranch' ? 1 : 0) + branchesBelow(c), 0);
    const node = u => {
      const kids = children.get(u.id) ?? [];
      const label = [h('span', {}, pick(u.name, u.nameEn)), ' ', h('span', { class: 'count' }, `（${pick(...kinds[u.kind] ?? [u.kind])}`,
        kids.length ? ` · ${kids.length} ${t('tree.children')}` : '', branchesBelow(u) && u.kind !== 'Branch' ? ` · ${branchesBelow(u)} ${t('tree.branches')}` : '', '）')];
      return kids.length
        ? h('li', {}, h('details', { open: u.depth <= 2 || null }, h('summary', {}, label), h('ul', {}, kids.map(node))))
        : h('li', {}, label);
    };
    main.append(h('ul', { class: 'tree' }, node(all.find(u => u.id === root.id) ?? root)));
  }
}

/** The report of a place with drill-down to its children and a chart over the years. */
export async function report(main, placeId) {
  const place = placeId ? await api.get(`/api/places/${placeId}`) : await homePlace();
  const data = await api.get(`/api/reports/${place.id}?from=2019-01-01&to=${api.today()}`);
  const keys = data.totals.map(f => f.key);
  const names = Object.fromEntries(data.totals.map(f => [f.key, pick(f.nameZh, f.name)]));
  const chartBox = h('div', { id: 'chart' });
  const select = h('select', { id: 'figure', onchange: () => draw(select.value) }, keys.map(k => h('option', { value: k }, names[k])));
  const draw = async key => chartBox.replaceChildren(bars((await yearly(place.id, [key])).series[key], `${place.name} ${names[key]}`));
  main.replaceChildren(
    h('h1', {}, `${place.name} · ${t('report.title')}`),
    place.parentId ? h('p', {}, h('a', { href: `#/report/${place.parentId}` }, `↑ ${t('report.up')}`)) : null,
    h('ul', { class: 'cards' }, data.totals.map(f => h('li', { class: 'card' }, h('span', { class: 'value' }, f.value), h('span', { class: 'label' }, names[f.key])))),
    h('h2', {}, t('report.children')),
    table(`${place.name} ${t('report.children')}`, [t('report.place'), ...keys.map(k => names[k])],
      data.children.map(c => [h('a', { href: `#/report/${c.placeId}`, 'data-drill': c.name }, c.name), ...keys.map(k => c.figures.find(f => f.key === k)?.value ?? 0)]),
      keys.map((_, i) => i + 1)),
    h('h2', {}, t('report.chart')),
    h('div', { class: 'row' }, h('div', {}, h('label', { for: 'figure' }, t('report.figure')), select)),
    chartBox);
  select.value = keys.includes('problems-solved') ? 'problems-solved' : keys[0];
  await draw(select.value);
}
