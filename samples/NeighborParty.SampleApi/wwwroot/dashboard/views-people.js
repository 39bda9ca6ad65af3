import * as api from './api.js';
import { map } from './charts.js';
import { h, table, tag, when } from './dom.js';
import { pick, t } from './i18n.js';
import { homePlace } from './views-core.js';

const seats = { Chair: ['主任', 'Chair'], ViceChair: ['副主任', 'Vice-chair'], Member: ['委员', 'Member'] };
const partnerKinds = { GovernmentOrgan: ['机关单位', 'Government organ'], MassOrganisation: ['群团组织', 'Mass organisation'], ChamberOrEnterprise: ['商会、企业', 'Chamber or enterprise'],
  PeoplesCongressDeputy: ['人大代表', 'People\'s Congress deputy'], CppccMember: ['政协委员', 'CPPCC member'], PartyCongressDeputy: ['党代表', 'Party Congress deputy'] };
const alertClass = level => (level === 'Escalated' ? 'alert' : level === 'Due' ? 'warn' : 'ok');

/** The formation sweep and the Red Steward coverage, as readable lists with Chinese labels. */
export async function sweep(main) {
  const place = await homePlace();
  const [s, c] = await Promise.all([api.get(`/api/formation/sweep/${place.id}`), api.get(`/api/stewards/coverage/${place.id}`)]);
  const lists = ['shouldFormBranch', 'shouldJoinJointBranch', 'noLongerMeetConditions', 'committeeRequired', 'shouldDivideIntoGroups', 'tooLarge'];
  main.replaceChildren(h('h1', {}, `${place.name} · ${t('sweep.title')}`));
  for (const key of lists) {
    main.append(s[key].length
      ? table(`${t(`sweep.${key}`)}（${s[key].length}）`, [t('name'), t('counted'), t('verdict')], s[key].map(i => [i.name, i.counted, i.verdictZh]), [1])
      : h('p', {}, `${t(`sweep.${key}`)}：${t('sweep.none')}`));
  }

  main.append(h('h2', {}, t('coverage.title')),
    h('ul', { class: 'cards' },
      h('li', { class: 'card' }, h('span', { class: 'value' }, c.inOffice), h('span', { class: 'label' }, t('coverage.inOffice'))),
      h('li', { class: 'card' }, h('span', { class: 'value' }, c.gapCount), h('span', { class: 'label' }, t('coverage.gaps')))),
    table(t('coverage.branchesWithoutSecretary'), [t('name'), t('counted')], c.branchesWithoutSecretary.map(b => [b.name, b.fullMembers]), [1]),
    table(t('coverage.committeeGaps'), [t('name'), t('reason'), t('rule')], c.committeeGaps.map(g => [g.branch.name, pick(g.messageZh, g.message), g.rule])),
    table(t('coverage.buildingsWithoutLeader'), [t('compound'), t('name')], c.buildingsWithoutLeader.map(b => [b.compoundName, b.name])),
    table(t('coverage.endingSoon'), [t('name'), t('role'), t('holder'), t('until'), t('rule')], c.endingSoon.map(e => [e.siteName, pick(e.roleNameZh, e.roleName), e.holder, e.lastDay, e.rule])),
    table(t('coverage.expired'), [t('name'), t('role'), t('holder'), t('until'), t('rule')], c.expired.map(e => [e.siteName, pick(e.roleNameZh, e.roleName), e.holder, e.lastDay, e.rule])),
    table(t('coverage.vacancies'), [t('name'), t('role'), t('holder'), t('reason')], c.vacancies.map(v => [v.siteName, pick(v.roleNameZh, v.roleName), v.holder, pick(v.endReasonZh, v.endReason)])));
}

/** The request desk (overdue first) and the wish wall. */
export async function requests(main) {
  const place = await homePlace();
  const [catalogue, overdue, open, wishes] = await Promise.all([api.get('/api/requests/catalogue'), api.get(`/api/requests?place=${place.id}&overdue=true&take=200`),
    api.get(`/api/requests?place=${place.id}&status=Open&take=200`), api.get(`/api/wishes?place=${place.id}`)]);
  const category = Object.fromEntries(catalogue.categories.map(c => [c.key, pick(c.nameZh, c.name)]));
  const late = new Set(overdue.map(r => r.id));
  const row = r => [category[r.category] ?? r.category, r.stateZh, r.description, when(r.receivedAt), when(r.dueAt)];
  const headers = [t('requests.category'), t('requests.state'), t('requests.text'), t('requests.received'), t('requests.due')];
  main.replaceChildren(
    h('h1', {}, `${place.name} · ${t('requests.title')}`),
    table(`${t('requests.overdue')}（${overdue.length}）`, headers, overdue.map(row)),
    table(`${t('requests.open')}（${open.length - overdue.length}）`, headers, open.filter(r => !late.has(r.id)).map(row)),
    h('h2', {}, t('wishes.title')),
    table(t('wishes.title'), [t('wishes.wish'), t('requests.state'), t('requests.received'), t('wishes.overdue')],
      wishes.map(w => [w.wish, w.stateZh, when(w.postedAt), w.overdue ? tag(t('yes'), 'warn') : t('no')])));
}

/** Neighbourhood care: the records of the actor's place, most urgent first. */
export async function care(main, placeId) {
  const place = placeId ? await api.get(`/api/places/${placeId}`) : await homePlace();
  const records = await api.get(`/api/care?place=${place.id}`);
  main.replaceChildren(h('h1', {}, `${place.name} · ${t('care.title')}`), careTable(records));
}

/** A table of care records. */
export function careTable(records) {
  return h('div', {},
    table(t('care.title'), [t('care.resident'), t('care.needs'), t('care.status'), t('care.alert'), t('care.last'), t('care.guardians'), t('care.actions')],
      records.map(r => [r.residentName, r.needsZh, r.facility ? `${r.statusZh}：${r.facility}` : r.statusZh, tag(pick(r.alertZh, r.alert), alertClass(r.alert)), when(r.lastContactAt),
        r.guardians.filter(g => !g.until).map(g => `${g.name}（${g.kindZh}）`).join('、'), r.actions.map(a => `${a.kindZh}${a.outcome ? `：${a.outcome}` : ''}`).join('；')])),
    records.some(r => r.masked) ? h('p', { class: 'count' }, t('care.masked')) : null);
}

/** The compounds of the actor's place, listed and on the map. */
export async function compounds(main) {
  const place = await homePlace();
  const list = await api.get(`/api/places/${place.id}/subtree?kind=Compound`);
  const story = new Set(['武夷香榭', '怡景嘉园', '百福小区', '豫轩里', '世纪星城A区', '第二网格小区', '水南新村', '桂花苑']);
  const located = list.filter(c => c.latitude != null);
  main.replaceChildren(
    h('h1', {}, `${place.name} · ${t('compounds.title')}（${list.length}）`),
    located.length ? h('figure', {}, map(located.map(c => ({ label: c.name, lat: c.latitude, lon: c.longitude, href: `#/compound/${c.id}`, named: story.has(c.name) })), t('compounds.map')),
      h('figcaption', {}, t('compounds.map'))) : null,
    h('ul', { class: 'cards' }, list.map(c => h('li', { class: 'card' }, h('a', { href: `#/compound/${c.id}` }, c.name), h('span', { class: 'label' }, ` ${c.households ?? ''} ${t('compound.households')}`)))));
}

/** One compound: its branch, stewards, owners' committee, partners, activities and care. */
export async function compound(main, id) {
  const place = await api.get(`/api/places/${id}`);
  const to = api.today();
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  const [team, partners, activities, kinds, cared] = await Promise.all([
    api.get(`/api/stewards/compounds/${id}/team`).catch(() => null), api.get(`/api/cobuilding/partners?place=${place.parentId}`).catch(() => []),
    api.get(`/api/activities?place=${id}&from=${from}&to=${to}&take=15`).catch(() => []), api.get('/api/activities/kinds'), api.get(`/api/care?place=${id}`).catch(() => [])]);
  const kind = Object.fromEntries(kinds.map(k => [k.key, pick(k.nameZh, k.name)]));
  const owners = team?.governance?.ownersCommittee;
  main.replaceChildren(
    h('h1', {}, place.name),
    h('p', {}, `${t('compound.households')}：${place.households ?? '—'}`, place.latitude != null ? ` · ${place.latitude}, ${place.longitude}` : ''),
    h('div', { class: 'grid2' },
      h('section', { 'aria-labelledby': 'team' }, h('h2', { id: 'team' }, `${t('compound.team')} · ${team?.branchName ?? t('sweep.none')}`),
        team ? table(t('compound.team'), [t('holder'), t('role'), t('until')], team.seats.map(s => [s.holder, pick(s.roleNameZh, s.roleName), s.until ?? ''])) : null),
      h('section', { 'aria-labelledby': 'owners' }, h('h2', { id: 'owners' }, t('compound.owners')),
        owners ? table(t('compound.owners'), [t('name'), t('role')], owners.seats.map(s => [s.name, pick(...(seats[s.position] ?? [s.position]))])) : h('p', {}, t('sweep.none')))),
    h('h2', {}, t('compound.partners')),
    partners.length ? table(t('compound.partners'), [t('name'), t('kind')], partners.map(p => [p.name, pick(...(partnerKinds[p.category] ?? [p.category]))])) : h('p', {}, t('sweep.none')),
    h('h2', {}, t('compound.activities')),
    activities.length
      ? table(t('compound.activities'), [t('day'), t('kind'), t('name'), t('participants')], activities.map(a => [a.day, kind[a.kind] ?? a.kind, a.title, a.participants]), [3])
      : h('p', {}, t('sweep.none')),
    h('h2', {}, t('compound.care')),
    cared.length ? careTable(cared) : h('p', {}, t('sweep.none')));
}
