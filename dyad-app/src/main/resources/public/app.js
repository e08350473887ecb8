// Dyad's dashboard: plain JavaScript, no build step. The libraries (echarts, Leaflet, cytoscape) are
// loaded as globals by index.html from the server's WebJars. Every view reads the same filters and
// marks itself data-state="loading|ready|error" so that people and tests can tell when it is done.

const QUADS = [
  { id: 1, name: 'verbal cooperation', colour: '#7fbf7b' },
  { id: 2, name: 'material cooperation', colour: '#1b7837' },
  { id: 3, name: 'verbal conflict', colour: '#f4a582' },
  { id: 4, name: 'material conflict', colour: '#b2182b' },
];
const PAGE_SIZE = 100;

const $ = (id) => document.getElementById(id);

/** An element with text content only: data never becomes markup. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `HTTP ${status}`);
    this.status = status;
    this.parameter = body ? body.parameter : null;
  }
}

async function api(path, params = {}, init = undefined) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const res = await fetch(url, init);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

// ---- filters -------------------------------------------------------------------------------------

const state = { offset: 0, selected: null };

/** The store's query parameters for what the form says. */
function filters() {
  const country = $('country').value;
  const partner = $('partner').value;
  const f = { from: $('from').value, to: $('to').value, q: $('q').value.trim() };
  if (country && partner && partner !== country) f.dyad = `${country},${partner}`;
  else if (country) f.country = country;
  return f;
}

function describe(f) {
  if (f.dyad) return f.dyad.replace(',', ' ↔ ');
  return f.country || 'all countries';
}

function remember() {
  const f = filters();
  const p = new URLSearchParams();
  if ($('country').value) p.set('country', $('country').value);
  if ($('partner').value) p.set('partner', $('partner').value);
  for (const k of ['from', 'to', 'q']) if (f[k]) p.set(k, f[k]);
  p.set('interval', $('interval').value);
  history.replaceState(null, '', `${location.pathname}?${p}`);
}

function restore() {
  const p = new URLSearchParams(location.search);
  for (const k of ['from', 'to', 'q', 'interval']) if (p.get(k)) $(k).value = p.get(k);
  return { country: p.get('country') || '', partner: p.get('partner') || '' };
}

async function loadCountries(wanted) {
  const [{ actors }, { countries: names }] = await Promise.all([api('/api/actors', { limit: 1000 }), api('/api/countries')]);
  const byCountry = new Map();
  for (const a of actors) {
    if (!a.country) continue;
    byCountry.set(a.country, (byCountry.get(a.country) || 0) + a.events);
  }
  const name = (code) => names[code] || code;
  const countries = [...byCountry.keys()].sort((a, b) => name(a).localeCompare(name(b)));
  for (const select of [$('country'), $('partner')]) {
    for (const code of countries) {
      select.append(el('option', { value: code }, names[code] ? `${names[code]} (${code})` : code));
    }
  }
  if (wanted.country && byCountry.has(wanted.country)) $('country').value = wanted.country;
  if (wanted.partner && byCountry.has(wanted.partner)) $('partner').value = wanted.partner;
}

function showFilterError(err) {
  const box = $('filter-error');
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.hidden = false;
  box.textContent = err.parameter ? `${err.parameter}: ${err.message}` : err.message;
}

// ---- timeline ------------------------------------------------------------------------------------

let timelineChart = null;

/** Every period from the first to the last, so that quiet periods show as gaps, not vanish. */
function everyPeriod(periods, interval) {
  if (periods.length < 2) return periods;
  const all = [];
  const last = periods[periods.length - 1];
  const day = new Date(`${periods[0]}T00:00:00Z`);
  // A bound in case of a period the store names in a way this does not step onto.
  for (let n = 0; n < 20000; n++) {
    const iso = day.toISOString().slice(0, 10);
    if (iso > last) break;
    all.push(iso);
    if (interval === 'month') day.setUTCMonth(day.getUTCMonth() + 1);
    else day.setUTCDate(day.getUTCDate() + (interval === 'week' ? 7 : 1));
  }
  return all.length > 0 && all[all.length - 1] === last ? all : periods;
}

async function drawTimeline(f) {
  const box = $('timeline');
  box.dataset.state = 'loading';
  const interval = $('interval').value;
  const { points } = await api('/api/series', { ...f, interval });
  const periods = everyPeriod([...new Set(points.map((p) => p.period))].sort(), interval);
  const index = new Map(periods.map((p, i) => [p, i]));
  // null, not 0, where nothing happened: a quiet month is not a neutral one.
  const goldstein = periods.map(() => null);
  const series = QUADS.map((q) => ({
    name: q.name, type: 'bar', stack: 'events', itemStyle: { color: q.colour },
    data: periods.map(() => 0),
  }));
  let total = 0;
  for (const p of points) {
    const i = index.get(p.period);
    series[p.quad_class - 1].data[i] += p.events;
    goldstein[i] = (goldstein[i] || 0) + p.goldstein;
    total += p.events;
  }
  series.push({
    name: 'Goldstein sum', type: 'line', yAxisIndex: 1, symbolSize: 6,
    itemStyle: { color: '#2c3e50' }, data: goldstein.map((g) => (g === null ? null : Math.round(g * 10) / 10)),
  });
  if (!timelineChart) timelineChart = echarts.init(box);
  timelineChart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 50, top: 40, bottom: 60 },
    dataZoom: periods.length > 60 ? [{ type: 'slider', height: 16, bottom: 8 }] : [],
    xAxis: { type: 'category', data: periods,
      axisLabel: { formatter: (v) => (interval === 'month' ? v.slice(0, 7) : v) } },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
    series,
  }, true);
  $('timeline-caption').textContent = `— ${describe(f)}, per ${interval}`;
  box.dataset.periods = String(periods.length);
  box.dataset.events = String(total);
  box.dataset.state = 'ready';
}

// ---- network -------------------------------------------------------------------------------------

let network = null;

function goldsteinColour(mean) {
  // -10 … +10 onto red … grey … green
  const t = Math.max(-1, Math.min(1, mean / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [178, 24, 43] : [27, 120, 55];
  const a = Math.abs(t) * 2.5 > 1 ? 1 : Math.abs(t) * 2.5;
  const rgb = grey.map((g, i) => Math.round(g + (end[i] - g) * a));
  return `rgb(${rgb.join(',')})`;
}

async function drawNetwork(f) {
  const box = $('network');
  box.dataset.state = 'loading';
  const { dyads } = await api('/api/dyads', { ...f, limit: 60 });
  const nodes = new Map();
  const edges = [];
  const max = Math.max(1, ...dyads.map((d) => d.events));
  for (const d of dyads) {
    for (const side of [d.source, d.target]) {
      nodes.set(side, (nodes.get(side) || 0) + d.events);
    }
    const mean = d.goldstein / d.events;
    edges.push({
      data: {
        id: `${d.source}->${d.target}`, source: d.source, target: d.target, events: d.events,
        width: 1 + 7 * Math.sqrt(d.events / max), colour: goldsteinColour(mean),
        label: `${d.events} · ${mean.toFixed(1)}`,
      },
    });
  }
  const focus = f.dyad ? f.dyad.split(',') : f.country ? [f.country] : [];
  const elements = [
    ...[...nodes.entries()].map(([id, n]) => ({ data: { id, n, focus: focus.includes(id) ? 1 : 0 } })),
    ...edges,
  ];
  if (network) network.destroy();
  network = cytoscape({
    container: box,
    elements,
    style: [
      { selector: 'node', style: {
        label: 'data(id)', 'font-size': 11, 'text-valign': 'center', color: '#1d2733',
        'background-color': '#dfe6ee', 'border-width': 1, 'border-color': '#7a8794',
        width: 'mapData(n, 1, 40, 28, 60)', height: 'mapData(n, 1, 40, 28, 60)' } },
      { selector: 'node[focus = 1]', style: { 'background-color': '#ffd479', 'border-width': 2 } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)',
        'font-size': 8, color: '#555', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
        'text-background-opacity': 0.7 } },
    ],
    layout: { name: nodes.size > 2 ? 'cose' : 'grid', animate: false, padding: 20 },
    wheelSensitivity: 0.2,
  });
  network.on('tap', 'node', (evt) => {
    $('country').value = evt.target.id();
    $('partner').value = '';
    refresh();
  });
  box.dataset.nodes = String(nodes.size);
  box.dataset.edges = String(edges.length);
  box.dataset.state = 'ready';
}

// ---- map -----------------------------------------------------------------------------------------

let map = null;
let markers = null;

async function ensureMap() {
  if (map) return;
  map = L.map('map', { worldCopyJump: true, attributionControl: false, minZoom: 1 }).setView([30, 20], 1);
  try {
    const res = await fetch('/countries.geojson');
    if (res.ok) {
      L.geoJSON(await res.json(), {
        style: { color: '#9aa5b1', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
    }
  } catch (e) {
    // Outlines are a backdrop: markers on a plain background still say where.
  }
  markers = L.layerGroup().addTo(map);
}

async function drawMap(f) {
  const box = $('map');
  box.dataset.state = 'loading';
  await ensureMap();
  const { events } = await api('/api/events', { ...f, limit: 1000 });
  const places = new Map();
  for (const e of events) {
    const loc = e.location;
    if (!loc || loc.lat === null || loc.lon === null || loc.lat === undefined) continue;
    const key = `${loc.name}|${loc.lat}|${loc.lon}`;
    const p = places.get(key) || { loc, n: 0, goldstein: 0 };
    p.n += 1;
    p.goldstein += e.goldstein;
    places.set(key, p);
  }
  markers.clearLayers();
  for (const p of places.values()) {
    L.circleMarker([p.loc.lat, p.loc.lon], {
      radius: 4 + 3 * Math.sqrt(p.n), color: '#333', weight: 1,
      fillColor: goldsteinColour(p.goldstein / p.n), fillOpacity: 0.8,
    }).bindTooltip(`${p.loc.name}${p.loc.country ? ' (' + p.loc.country + ')' : ''}: ${p.n} event${p.n === 1 ? '' : 's'}`)
      .addTo(markers);
  }
  map.invalidateSize();
  if (places.size > 0) {
    const bounds = L.latLngBounds([...places.values()].map((p) => [p.loc.lat, p.loc.lon]));
    map.fitBounds(bounds.pad(0.5), { maxZoom: 4 });
  } else {
    map.setView([30, 20], 1);
  }
  box.dataset.places = String(places.size);
  box.dataset.state = 'ready';
}

// ---- event explorer ------------------------------------------------------------------------------

function actorLabel(a) {
  return a.name && a.name !== a.code ? `${a.code} ${a.name}` : a.code;
}

async function drawEvents(f) {
  const table = $('events-table');
  table.dataset.state = 'loading';
  const page = await api('/api/events', { ...f, limit: PAGE_SIZE, offset: state.offset });
  const body = $('events-body');
  body.replaceChildren();
  for (const e of page.events) {
    const row = el('tr', { 'data-test': 'event-row', 'data-event-id': e.event_id, tabindex: '0' },
      el('td', {}, e.date || '—'),
      el('td', {}, actorLabel(e.source)),
      el('td', { title: e.plover || '' }, `${e.cameo} ${e.trigger ? '(' + e.trigger + ')' : ''}`),
      el('td', {}, actorLabel(e.target)),
      el('td', { class: `mode mode-${e.mode}` }, e.mode));
    row.addEventListener('click', () => selectEvent(e, row));
    row.addEventListener('keydown', (k) => { if (k.key === 'Enter') selectEvent(e, row); });
    body.append(row);
  }
  if (page.events.length === 0) {
    body.append(el('tr', { class: 'empty' }, el('td', { colspan: '5' }, 'No events match these filters.')));
  }
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.events.length;
  $('events-total').textContent = `— ${describe(f)}: ${page.total} event${page.total === 1 ? '' : 's'}`;
  $('events-total').dataset.total = String(page.total);
  $('page-info').textContent = `${first}–${last} of ${page.total}`;
  $('prev-page').disabled = page.offset === 0;
  $('next-page').disabled = last >= page.total;
  table.dataset.rows = String(page.events.length);
  table.dataset.total = String(page.total);
  table.dataset.state = 'ready';
}

function field(label, ...value) {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

function attributionChain(chain) {
  if (!chain || chain.length === 0) return 'the article itself';
  return chain.map((a) => `${a.name}${a.anonymous ? ' (anonymous)' : ''}${a.inferred ? ' (inferred)' : ''}`).join(' ← ');
}

function eventDetail(e, stored) {
  const loc = e.location;
  const explanation = Array.isArray(e.explanation) ? e.explanation.join('\n') : (e.explanation || '');
  return [
    el('h3', {}, `${actorLabel(e.source)} → ${e.cameo} → ${actorLabel(e.target)}`),
    el('blockquote', { 'data-test': 'event-sentence' }, e.evidence || ''),
    el('dl', {},
      ...field('Event', `${e.cameo} (root ${e.cameo_root}), ${e.plover || 'no PLOVER type'}, quad class ${e.quad_class} — ${QUADS[e.quad_class - 1] ? QUADS[e.quad_class - 1].name : ''}`),
      ...field('Goldstein', String(e.goldstein)),
      ...field('Source', `${actorLabel(e.source)} — “${e.source.text}”`),
      ...field('Target', `${actorLabel(e.target)} — “${e.target.text}”`),
      ...field('Date', `${e.date || 'unknown'} (${e.date_source === 'text' ? 'from the sentence' : e.date_source === 'published' ? 'publication date' : 'unknown'})`),
      ...field('Place', loc ? `${loc.name}${loc.country ? ', ' + loc.country : ''}${loc.lat !== null && loc.lat !== undefined ? ` (${loc.lat}, ${loc.lon})` : ''}` : 'not said'),
      ...field('Mode', e.mode),
      ...field('According to', el('span', { 'data-test': 'event-attribution' }, attributionChain(e.attribution))),
      ...field('Coded by', `${e.rule || ''}${e.trigger ? ' — trigger “' + e.trigger + '”' : ''}, confidence ${e.confidence}`),
      ...field('Article', stored
        ? el('a', { href: `#article-${e.article_id}`, 'data-test': 'article-link',
          onclick: (ev) => { ev.preventDefault(); showArticle(e.article_id, e.event_id, e.evidence); } }, e.url || e.article_id)
        : 'the text coded live (not stored)')),
    el('details', { open: '' }, el('summary', {}, 'Why it was coded so'),
      el('pre', { 'data-test': 'event-explanation' }, explanation || 'no explanation stored')),
  ];
}

function clearEventDetail() {
  const box = $('event-detail');
  box.replaceChildren(el('p', { class: 'help' }, 'Click an event to see its sentence, who reported it, and why it was coded so.'));
  delete box.dataset.eventId;
}

function selectEvent(e, row, stored = true) {
  for (const r of document.querySelectorAll('#events-body tr.selected')) r.classList.remove('selected');
  if (row) row.classList.add('selected');
  const box = $('event-detail');
  box.replaceChildren(...eventDetail(e, stored));
  box.dataset.eventId = e.event_id;
}

async function showArticle(id, eventId, evidence) {
  const panel = $('article-panel');
  const view = $('article-view');
  view.dataset.state = 'loading';
  panel.hidden = false;
  try {
    const a = await api(`/api/articles/${encodeURIComponent(id)}`);
    const list = el('ol', { class: 'article-events' });
    for (const e of a.events) {
      list.append(el('li', { class: e.event_id === eventId ? 'selected' : '' },
        `${e.date || '—'}  ${actorLabel(e.source)} → ${e.cameo} → ${actorLabel(e.target)} (${e.mode})`));
    }
    view.replaceChildren(
      el('h3', { 'data-test': 'article-title' }, a.title || a.id),
      el('p', { class: 'meta' }, [a.publisher, a.published, a.url].filter(Boolean).join(' · ')),
      el('h4', {}, `${a.events.length} events`), list,
      el('div', { class: 'article-text', 'data-test': 'article-text' },
        ...a.text.split(/\n\s*\n/).map((para) => el('p', {
          class: evidence && para.includes(evidence) ? 'selected' : null }, para))));
    view.dataset.articleId = a.id;
    view.dataset.state = 'ready';
  } catch (err) {
    view.replaceChildren(el('p', { class: 'error' }, err.message));
    view.dataset.state = 'error';
  }
  panel.scrollIntoView({ behavior: 'instant', block: 'start' });
}

// ---- live coding ---------------------------------------------------------------------------------

async function codeLive(ev) {
  ev.preventDefault();
  const text = $('live-text').value;
  const out = $('live-results');
  const status = $('live-status');
  if (!text.trim()) { status.textContent = 'Paste an article first.'; return; }
  out.dataset.state = 'loading';
  status.textContent = 'Coding… (the first request waits for the language models to load)';
  $('live-code').disabled = true;
  try {
    const body = { text };
    if ($('live-title').value.trim()) body.title = $('live-title').value.trim();
    if ($('live-published').value) body.published = $('live-published').value;
    const result = await api('/api/code', {}, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    const rows = result.events.map((e) => {
      const row = el('tr', { 'data-test': 'live-event' },
        el('td', {}, e.date || '—'), el('td', {}, actorLabel(e.source)), el('td', {}, e.cameo),
        el('td', {}, actorLabel(e.target)), el('td', { class: `mode mode-${e.mode}` }, e.mode),
        el('td', { class: 'evidence' }, e.evidence));
      row.addEventListener('click', () => {
        selectEvent(e, null, false);
        $('event-detail').scrollIntoView({ behavior: 'instant', block: 'start' });
      });
      return row;
    });
    const explanation = result.articles.map((a) => a.explanation).join('\n\n');
    out.replaceChildren(
      el('table', { 'data-test': 'live-table' },
        el('thead', {}, el('tr', {}, ...['Date', 'Source', 'Event', 'Target', 'Mode', 'Sentence'].map((h) => el('th', {}, h)))),
        el('tbody', {}, ...rows)),
      el('details', {}, el('summary', {}, 'Explanation, sentence by sentence'), el('pre', { 'data-test': 'live-explanation' }, explanation)));
    out.dataset.events = String(result.events.length);
    out.dataset.state = 'ready';
    status.textContent = `${result.events.length} event${result.events.length === 1 ? '' : 's'} (nothing stored; click one for its details above)`;
  } catch (err) {
    out.replaceChildren(el('p', { class: 'error' }, err.message));
    out.dataset.state = 'error';
    status.textContent = '';
  } finally {
    $('live-code').disabled = false;
  }
}

// ---- wiring --------------------------------------------------------------------------------------

async function refresh() {
  const f = filters();
  remember();
  showFilterError(null);
  clearEventDetail();
  const views = [drawTimeline(f), drawNetwork(f), drawMap(f), drawEvents(f)];
  const results = await Promise.allSettled(views);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    showFilterError(failed.reason);
    for (const id of ['timeline', 'network', 'map', 'events-table']) {
      if ($(id).dataset.state === 'loading') $(id).dataset.state = 'error';
    }
  }
}

async function showCounts() {
  try {
    const c = await api('/api/counts');
    $('store-counts').textContent = `${c.articles} articles · ${c.events} events · ${c.actors} actors in the store`;
  } catch (err) {
    $('store-counts').textContent = `store: ${err.message}`;
  }
}

async function start() {
  const wanted = restore();
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); state.offset = 0; refresh(); });
  for (const id of ['country', 'partner', 'interval']) {
    $(id).addEventListener('change', () => { state.offset = 0; refresh(); });
  }
  $('prev-page').addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - PAGE_SIZE);
    drawEvents(filters()).catch(showFilterError);
  });
  $('next-page').addEventListener('click', () => {
    state.offset += PAGE_SIZE;
    drawEvents(filters()).catch(showFilterError);
  });
  $('close-article').addEventListener('click', () => { $('article-panel').hidden = true; });
  $('live-form').addEventListener('submit', codeLive);
  showCounts();
  try {
    await loadCountries(wanted);
  } catch (err) {
    showFilterError(err);
  }
  await refresh();
  document.body.dataset.state = 'ready';
}

start();
