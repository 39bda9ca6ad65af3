import * as api from './api.js';
import { h, table, when } from './dom.js';
import { current, t } from './i18n.js';

/** Whether an actor kind has no place of its own to look after (a resident, a co-building party). */
export const placeless = kind => kind === 'Resident' || kind === 'CoBuildingParty';

/** A resident's own requests and wishes; a co-building party's covenants, menu and orders. */
export async function mine(main) {
  const { actor } = api.session();
  if (actor.kind === 'Resident') {
    const [requests, wishes] = await Promise.all([api.get('/api/requests?take=100'), api.get('/api/wishes')]);
    main.replaceChildren(
      h('h1', {}, t('mine.resident')),
      table(t('mine.requests'), [t('requests.text'), t('requests.state'), t('requests.received'), t('requests.due')],
        requests.map(r => [r.description, r.stateZh, when(r.receivedAt), when(r.dueAt)])),
      table(t('wishes.title'), [t('wishes.wish'), t('requests.state'), t('requests.received')], wishes.map(w => [w.wish, w.stateZh, when(w.postedAt)])));
    return;
  }

  const id = actor.scopeId;
  const [covenants, offerings, orders] = await Promise.all([api.get(`/api/cobuilding/covenants?partner=${id}`), api.get(`/api/cobuilding/offerings?partner=${id}`),
    api.get(`/api/cobuilding/orders?partner=${id}`)]);
  const title = Object.fromEntries(offerings.map(o => [o.id, o.title]));
  const per = { Month: ['每月', 'a month'], Quarter: ['每季度', 'a quarter'], Year: ['每年', 'a year'] };
  const capacity = o => (current() === 'en' ? `${o.capacity} ${per[o.period]?.[1] ?? o.period}` : `${per[o.period]?.[0] ?? o.period} ${o.capacity} 次`);
  main.replaceChildren(
    h('h1', {}, t('mine.party')),
    table(t('mine.covenants'), [t('name'), t('requests.state')], covenants.map(c => [c.title, c.statusZh])),
    table(t('mine.offerings'), [t('name'), t('mine.capacity')], offerings.map(o => [o.title, capacity(o)])),
    table(t('mine.orders'), [t('name'), t('requests.text'), t('requests.state'), t('day')], orders.map(o => [title[o.offeringId] ?? '', o.needs, o.stateZh, o.deliveredOn ?? o.scheduledFor ?? o.wanted ?? ''])));
}
