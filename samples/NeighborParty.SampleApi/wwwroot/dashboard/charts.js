// Small SVG charts drawn here (no chart library, no CDN): bars for a figure over the years, dots for places on a map.
const NS = 'http://www.w3.org/2000/svg';

function svg(width, height, label) {
  const el = document.createElementNS(NS, 'svg');
  el.setAttribute('viewBox', `0 0 ${width} ${height}`);
  el.setAttribute('width', width);
  el.setAttribute('height', height);
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  el.classList.add('chart');
  const title = document.createElementNS(NS, 'title');
  title.textContent = label;
  el.append(title);
  return el;
}

function add(parent, name, attributes, text) {
  const el = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  parent.append(el);
  return el;
}

/** A bar chart of [{ label, value }] with a label for screen readers. */
export function bars(points, label) {
  const width = Math.max(320, 70 * points.length + 60), height = 240, left = 44, bottom = 28, top = 16;
  const chart = svg(width, height, label);
  chart.dataset.chart = 'bars';
  const max = Math.max(1, ...points.map(p => p.value));
  const step = (width - left - 10) / Math.max(1, points.length);
  add(chart, 'line', { x1: left, y1: top, x2: left, y2: height - bottom, stroke: '#545454' });
  add(chart, 'line', { x1: left, y1: height - bottom, x2: width - 6, y2: height - bottom, stroke: '#545454' });
  for (const tick of [0, Math.round(max / 2), max]) {
    const y = height - bottom - (tick / max) * (height - bottom - top);
    add(chart, 'text', { x: left - 6, y: y + 4, 'text-anchor': 'end' }, String(tick));
  }
  points.forEach((p, i) => {
    const h = (p.value / max) * (height - bottom - top);
    const x = left + i * step + step * 0.18;
    const bar = add(chart, 'rect', { x, y: height - bottom - h, width: step * 0.64, height: Math.max(h, 0.5), fill: '#a31515' });
    add(bar, 'title', {}, `${p.label}: ${p.value}`);
    add(chart, 'text', { x: x + step * 0.32, y: height - bottom - h - 4, 'text-anchor': 'middle' }, String(p.value));
    add(chart, 'text', { x: x + step * 0.32, y: height - 8, 'text-anchor': 'middle' }, p.label);
  });
  return chart;
}

/** Dots for places with coordinates: [{ label, lat, lon, href }]. */
export function map(points, label) {
  const width = 560, height = 360, pad = 24;
  const chart = svg(width, height, label);
  chart.setAttribute('role', 'group'); // it holds links: not an image
  chart.dataset.chart = 'map';
  const lats = points.map(p => p.lat), lons = points.map(p => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const x = lon => pad + ((lon - minLon) / Math.max(1e-6, maxLon - minLon)) * (width - 2 * pad);
  const y = lat => height - pad - ((lat - minLat) / Math.max(1e-6, maxLat - minLat)) * (height - 2 * pad);
  for (const p of points) {
    const link = add(chart, 'a', { href: p.href });
    const dot = add(link, 'circle', { cx: x(p.lon), cy: y(p.lat), r: p.named ? 6 : 3.5, fill: p.named ? '#a31515' : '#8a6d6d' });
    add(dot, 'title', {}, p.label);
  }
  return chart;
}
