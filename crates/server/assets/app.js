// rasd dashboard: plain JavaScript, no build step, no network beyond this server's own API.
// Every string that comes from the data (article text, titles, URLs, names) is written with textContent,
// never as HTML; bidi embedding/override/isolate controls in it are shown as visible marks.
'use strict';

const I18N = {
  en: {
    overview: 'Overview', map: 'Map', events: 'Events', analyse: 'Analyse text', lang: 'العربية',
    documents: 'Documents', eventsN: 'Events', stories: 'Stories', sources: 'Outlets',
    timeline: 'Events per day by quad class', topActors: 'Top actors', topPlaces: 'Top places',
    q1: 'Verbal cooperation', q2: 'Material cooperation', q3: 'Verbal conflict', q4: 'Material conflict',
    type: 'Type', status: 'Status', country: 'Country (ISO3)', from: 'From', to: 'To', text: 'Words', source: 'Outlet',
    sort: 'Sort', apply: 'Apply', level: 'Rows', levelEvents: 'events', levelStories: 'stories', any: 'any',
    day: 'Day', actor: 'Actor', recipient: 'Recipient', place: 'Place', trigger: 'Trigger', sentence: 'Sentence',
    story: 'story', document: 'document', prev: 'Previous', next: 'Next', rows: 'rows', of: 'of', count: 'Count',
    name: 'Name', loading: 'Loading…', error: 'Error', noRows: 'No rows.', published: 'Published', url: 'URL',
    eventsInDoc: 'Events in this report', entities: 'Entities', quotes: 'Quotes', legend: 'Legend',
    person: 'person', location: 'place', organisation: 'organisation', misc: 'other name', quote: 'quote',
    paste: 'Paste an Arabic news report', run: 'Analyse', token: 'Token (only for a remote server)',
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', reset: 'Reset', mapNote: 'Circles: places of events (size: count; the places of one grid cell are merged, the grid finer as you zoom in).',
    mentions: 'mentions', articles: 'articles', speaker: 'speaker', notFound: 'Not found',
  },
  ar: {
    overview: 'نظرة عامة', map: 'الخريطة', events: 'الأحداث', analyse: 'تحليل نص', lang: 'English',
    documents: 'التقارير', eventsN: 'الأحداث', stories: 'القصص', sources: 'المصادر',
    timeline: 'الأحداث يوميًا حسب الفئة', topActors: 'أبرز الفاعلين', topPlaces: 'أبرز الأماكن',
    q1: 'تعاون لفظي', q2: 'تعاون مادي', q3: 'نزاع لفظي', q4: 'نزاع مادي',
    type: 'النوع', status: 'الحالة', country: 'البلد (ISO3)', from: 'من', to: 'إلى', text: 'كلمات', source: 'المصدر',
    sort: 'الترتيب', apply: 'تطبيق', level: 'الصفوف', levelEvents: 'أحداث', levelStories: 'قصص', any: 'الكل',
    day: 'اليوم', actor: 'الفاعل', recipient: 'المفعول به', place: 'المكان', trigger: 'الكلمة الدالة', sentence: 'الجملة',
    story: 'القصة', document: 'التقرير', prev: 'السابق', next: 'التالي', rows: 'صفوف', of: 'من', count: 'العدد',
    name: 'الاسم', loading: 'جارٍ التحميل…', error: 'خطأ', noRows: 'لا صفوف.', published: 'تاريخ النشر', url: 'الرابط',
    eventsInDoc: 'أحداث هذا التقرير', entities: 'الكيانات', quotes: 'الاقتباسات', legend: 'المفتاح',
    person: 'شخص', location: 'مكان', organisation: 'منظمة', misc: 'اسم آخر', quote: 'اقتباس',
    paste: 'الصق تقريرًا إخباريًا عربيًا', run: 'حلّل', token: 'الرمز (لخادم بعيد فقط)',
    zoomIn: 'تكبير', zoomOut: 'تصغير', reset: 'إعادة', mapNote: 'الدوائر: أماكن الأحداث (الحجم: العدد؛ تُدمج أماكن كل خلية من الشبكة، وتدقّ الشبكة مع التكبير).',
    mentions: 'إشارات', articles: 'مقالات', speaker: 'المتحدث', notFound: 'غير موجود',
  },
};

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const STATUSES = ['asserted', 'claimed', 'denied', 'planned', 'negated', 'hypothetical'];
const SORTS = ['-day', 'day', 'goldstein', '-goldstein', '-mentions', '-confidence'];
const FILTERS = ['type', 'status', 'country', 'from', 'to', 'text', 'source', 'sort', 'story'];

const state = { lang: 'ar', analyse: { text: '', published: '', result: null, error: null } };
try { state.lang = localStorage.getItem('rasd-lang') || 'ar'; } catch (e) { /* storage may be off */ }
if (!I18N[state.lang]) state.lang = 'ar';
const t = (k) => I18N[state.lang][k] || k;

// Bidi embedding, override and isolate controls: shown as visible marks, never applied.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = /([\u202A-\u202E\u2066-\u2069])/;

/** A fragment holding `s` as text, with bidi controls made visible. */
function safe(s) {
  const f = document.createDocumentFragment();
  if (s === null || s === undefined) return f;
  s = String(s);
  if (!BIDI.test(s)) { f.appendChild(document.createTextNode(s)); return f; }
  for (const part of s.split(BIDI_ALL)) {
    if (!part) continue;
    if (BIDI.test(part) && part.length === 1) {
      const c = document.createElement('span');
      c.className = 'ctrl';
      c.textContent = 'U+' + part.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
      f.appendChild(c);
    } else {
      f.appendChild(document.createTextNode(part));
    }
  }
  return f;
}

/** An element; string children become text nodes (bidi-safe), attributes are set as attributes or properties. */
function el(tag, attrs, ...kids) {
  const e = tag.startsWith('svg:') ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.setAttribute('class', v);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else e.setAttribute(k, v);
  }
  for (const k of kids.flat()) {
    if (k === null || k === undefined || k === false) continue;
    e.appendChild(typeof k === 'string' || typeof k === 'number' ? safe(String(k)) : k);
  }
  return e;
}

/** User text in an isolated run, so its direction never leaks into the page. */
const bdi = (s, cls) => el('bdi', { class: cls || 'u' }, s === null || s === undefined ? '' : String(s));

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
function urlNode(u) {
  if (!u) return bdi('');
  let ok = false;
  try { const p = new URL(u); ok = p.protocol === 'http:' || p.protocol === 'https:'; } catch (e) { ok = false; }
  if (!ok) return el('span', { class: 'u url-text' }, u);
  const a = el('a', { class: 'u', rel: 'noopener noreferrer nofollow', target: '_blank' }, u);
  a.href = u;
  return a;
}

async function api(path, params) {
  const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined)) : null;
  const res = await fetch(path + (q && [...q].length ? '?' + q : ''), { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function route() {
  const h = location.hash.replace(/^#\/?/, '') || 'overview';
  const [path, qs] = h.split('?');
  const parts = path.split('/');
  return { name: parts[0], arg: parts.slice(1).map(decodeURIComponent).join('/'), params: new URLSearchParams(qs || '') };
}

function setLang(lang) {
  state.lang = lang;
  try { localStorage.setItem('rasd-lang', lang); } catch (e) { /* ignore */ }
  render();
}

function renderChrome() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  document.title = state.lang === 'ar' ? 'رصد' : 'rasd';
  const nav = document.getElementById('nav');
  nav.replaceChildren();
  const cur = route().name;
  for (const [k, href] of [['overview', '#/overview'], ['map', '#/map'], ['events', '#/events'], ['analyse', '#/analyse']]) {
    nav.appendChild(el('a', { href, class: cur === k ? 'active' : null, id: 'nav-' + k }, t(k)));
  }
  const b = document.getElementById('lang');
  b.textContent = t('lang');
}

let renderSeq = 0;
async function render() {
  renderChrome();
  const seq = ++renderSeq;
  const view = document.getElementById('view');
  const r = route();
  const box = el('div', { class: 'page', id: 'page-' + r.name });
  view.replaceChildren(box);
  try {
    if (r.name === 'map') await viewMap(box, r);
    else if (r.name === 'events') await viewEvents(box, r);
    else if (r.name === 'doc') await viewDoc(box, r);
    else if (r.name === 'analyse') viewAnalyse(box);
    else await viewOverview(box);
  } catch (e) {
    if (seq === renderSeq) box.appendChild(el('p', { class: 'error' }, t('error') + ': ' + e.message));
  }
  if (seq === renderSeq) document.body.setAttribute('data-ready', r.name);
}

// ---------- overview ----------
const QUAD_COLORS = { 1: '#3a8fd9', 2: '#2aa876', 3: '#e0a526', 4: '#d64545' };

async function viewOverview(box) {
  box.appendChild(el('h1', {}, t('overview')));
  const [stats, timeline, actors, places] = await Promise.all([
    api('/api/stats'), api('/api/counts', { by: 'day_quad' }), api('/api/top/actors', { limit: 10 }), api('/api/top/places', { limit: 10 }),
  ]);
  const cards = el('div', { class: 'cards' });
  for (const [id, label, n] of [['documents', 'documents', stats.documents], ['events', 'eventsN', stats.events],
    ['stories', 'stories', stats.stories], ['sources', 'sources', stats.sources.length]]) {
    cards.appendChild(el('div', { class: 'card' }, el('div', { class: 'num', id: 'total-' + id, 'data-count': n }, n.toLocaleString(state.lang === 'ar' ? 'ar-EG' : 'en')), el('div', { class: 'lbl' }, t(label))));
  }
  box.appendChild(cards);
  box.appendChild(el('h2', {}, t('timeline')));
  box.appendChild(timelineChart(timeline.counts));
  const legend = el('div', { class: 'legend' });
  for (const q of [1, 2, 3, 4]) {
    const sw = el('span', { class: 'swatch q' + q });
    legend.appendChild(el('span', { class: 'legend-item' }, sw, t('q' + q)));
  }
  box.appendChild(legend);
  const two = el('div', { class: 'two' });
  two.appendChild(el('section', {}, el('h2', {}, t('topActors')), countTable(actors.counts, 'top-actors', (c) => [bdi(c.key), bdi(c.country || '')])));
  two.appendChild(el('section', {}, el('h2', {}, t('topPlaces')), countTable(places.counts, 'top-places', (c) => [bdi(c.key), bdi(c.country || '')])));
  box.appendChild(two);
}

function countTable(rows, id, cells) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const tb = el('tbody');
  for (const r of rows) {
    const bar = el('span', { class: 'bar' });
    bar.style.width = Math.round((100 * r.count) / max) + '%';
    tb.appendChild(el('tr', {}, ...cells(r).map((c) => el('td', {}, c)), el('td', { class: 'n' }, String(r.count), bar)));
  }
  return el('table', { class: 'counts', id }, el('thead', {}, el('tr', {}, el('th', {}, t('name')), el('th', {}, t('country')), el('th', {}, t('count')))), tb);
}

function dayNum(s) { return Math.floor(Date.parse(s + 'T00:00:00Z') / 86400000); }

function timelineChart(counts) {
  const W = 900, H = 180, P = 24;
  const svg = el('svg:svg', { viewBox: `0 0 ${W} ${H + P}`, class: 'timeline', id: 'timeline', role: 'img' });
  if (!counts.length) return svg;
  const days = counts.map((c) => dayNum(c.key)).filter((d) => !isNaN(d));
  const lo = Math.min(...days), hi = Math.max(...days);
  // A continuous axis: every day (up to 180 days), else every month (up to 15 years), else every year.
  const unit = hi - lo <= 180 ? 'day' : hi - lo <= 15 * 366 ? 'month' : 'year';
  const bucket = (k) => (unit === 'day' ? k : unit === 'month' ? k.slice(0, 7) : k.slice(0, 4));
  const buckets = new Map();
  if (unit === 'day') {
    for (let d = lo; d <= hi; d++) buckets.set(new Date(d * 86400000).toISOString().slice(0, 10), {});
  } else {
    const a = new Date(lo * 86400000), b = new Date(hi * 86400000);
    for (let y = a.getUTCFullYear(), m = a.getUTCMonth(); y < b.getUTCFullYear() || (y === b.getUTCFullYear() && m <= b.getUTCMonth()); m === 11 ? (y++, m = 0) : m++) {
      buckets.set(unit === 'month' ? `${y}-${String(m + 1).padStart(2, '0')}` : String(y), {});
    }
  }
  for (const c of counts) {
    const b = bucket(c.key);
    if (!buckets.has(b)) buckets.set(b, {});
    buckets.get(b)[c.key2] = (buckets.get(b)[c.key2] || 0) + c.count;
  }
  const keys = [...buckets.keys()].sort();
  const max = Math.max(1, ...keys.map((k) => Object.values(buckets.get(k)).reduce((a, b) => a + b, 0)));
  const bw = (W - 2 * P) / keys.length;
  // Time runs left to right in both languages, as on any chart axis.
  keys.forEach((k, i) => {
    let y = H;
    for (const q of [4, 3, 2, 1]) {
      const n = buckets.get(k)[q] || 0;
      if (!n) continue;
      const h = ((H - 10) * n) / max;
      y -= h;
      const r = el('svg:rect', { x: P + i * bw, y, width: Math.max(1, bw - 1), height: h, class: 'q' + q, 'data-day': k, 'data-quad': q, 'data-count': n });
      r.appendChild(el('svg:title', {}, `${k} · ${t('q' + q)}: ${n}`));
      svg.appendChild(r);
    }
  });
  svg.appendChild(el('svg:text', { x: P, y: H + 16, class: 'axis', direction: 'ltr' }, keys[0]));
  svg.appendChild(el('svg:text', { x: W - P, y: H + 16, class: 'axis', 'text-anchor': 'end', direction: 'ltr' }, keys[keys.length - 1]));
  svg.appendChild(el('svg:text', { x: P, y: 12, class: 'axis', direction: 'ltr' }, String(max)));
  return svg;
}

// ---------- map ----------
let worldCache = null;
async function world() {
  if (!worldCache) worldCache = await (await fetch('/assets/countries-110m.json')).json();
  return worldCache;
}

/** TopoJSON arcs to SVG path data in an equirectangular projection (x = lon, y = -lat). */
function topoPaths(topo, objectName) {
  const tr = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return tr ? [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]] : [dx, dy];
    });
  });
  const ring = (idxs) => {
    const pts = [];
    for (const i of idxs) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      a.forEach((p, j) => { if (j > 0 || !pts.length) pts.push(p); });
    }
    return 'M' + pts.map(([lon, lat]) => `${proj(lon, lat).map((v) => v.toFixed(1)).join(',')}`).join('L') + 'Z';
  };
  const out = [];
  for (const g of topo.objects[objectName].geometries) {
    let d = '';
    if (g.type === 'Polygon') d = g.arcs.map(ring).join('');
    else if (g.type === 'MultiPolygon') d = g.arcs.map((p) => p.map(ring).join('')).join('');
    if (d) out.push({ d, name: (g.properties && g.properties.name) || '' });
  }
  return out;
}

const MAP_W = 1000, MAP_H = 500;
function proj(lon, lat) { return [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H]; }

async function viewMap(box, r) {
  box.appendChild(el('h1', {}, t('map')));
  box.appendChild(filterForm(r.params, 'map', false));
  const params = Object.fromEntries([...r.params].filter(([k]) => FILTERS.includes(k) && k !== 'sort'));
  // Markers come clustered by the server for each zoom factor (a grid whose cells halve as the zoom doubles).
  const byZoom = new Map();
  const clusters = (z) => {
    if (!byZoom.has(z)) byZoom.set(z, api('/api/map', { ...params, zoom: z }).catch((e) => { byZoom.delete(z); throw e; }));
    return byZoom.get(z);
  };
  const zoom = Math.min(32, Math.max(1, Number(r.params.get('zoom')) || 1));
  const [topo] = await Promise.all([world(), clusters(zoomFactor(zoom))]);
  const svg = el('svg:svg', { viewBox: `0 0 ${MAP_W} ${MAP_H}`, class: 'map', id: 'map', role: 'img' });
  const land = el('svg:g', { class: 'land' });
  for (const c of topoPaths(topo, 'countries')) {
    const p = el('svg:path', { d: c.d });
    p.appendChild(el('svg:title', {}, c.name));
    land.appendChild(p);
  }
  svg.appendChild(land);
  const layer = el('svg:g', { class: 'markers', id: 'markers' });
  svg.appendChild(layer);
  const view = { x: 0, y: 0, w: MAP_W, h: MAP_H };
  let drawn = 0;
  const setView = async (cx, cy, z) => {
    view.w = MAP_W / z; view.h = MAP_H / z;
    view.x = Math.min(Math.max(0, cx - view.w / 2), MAP_W - view.w);
    view.y = Math.min(Math.max(0, cy - view.h / 2), MAP_H - view.h);
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    const seq = ++drawn;
    const res = await clusters(zoomFactor(z));
    if (seq === drawn) drawMarkers(layer, res.counts, view.w / MAP_W);
  };
  const controls = el('div', { class: 'map-controls' },
    el('button', { type: 'button', id: 'zoom-in', on: { click: () => setView(view.x + view.w / 2, view.y + view.h / 2, Math.min(32, (MAP_W / view.w) * 2)) } }, t('zoomIn')),
    el('button', { type: 'button', id: 'zoom-out', on: { click: () => setView(view.x + view.w / 2, view.y + view.h / 2, Math.max(1, MAP_W / view.w / 2)) } }, t('zoomOut')),
    el('button', { type: 'button', on: { click: () => setView(MAP_W / 2, MAP_H / 2, 1) } }, t('reset')));
  svg.addEventListener('click', (ev) => {
    const target = ev.target.closest && ev.target.closest('.marker');
    if (!target) return;
    const z = Math.min(32, (MAP_W / view.w) * 4);
    setView(Number(target.getAttribute('cx')), Number(target.getAttribute('cy')), z);
  });
  box.appendChild(controls);
  box.appendChild(el('div', { class: 'map-wrap' }, svg));
  box.appendChild(el('p', { class: 'note' }, t('mapNote')));
  const lat = Number(r.params.get('lat')), lon = Number(r.params.get('lon'));
  const [cx, cy] = r.params.has('lat') ? proj(lon, lat) : [MAP_W / 2, MAP_H / 2];
  await setView(cx, cy, zoom);
}

/** The server's clustering steps: powers of two from 1 to 32. */
function zoomFactor(z) { return Math.pow(2, Math.floor(Math.log2(Math.min(32, Math.max(1, z))) + 1e-9)); }

/** One circle per cluster, at its count-weighted centre; the server has already merged the places of a grid cell. */
function drawMarkers(layer, clusters, scale) {
  layer.replaceChildren();
  for (const c of clusters) {
    const [x, y] = proj(c.lon, c.lat);
    const r = (2.5 + Math.min(9, Math.sqrt(c.count))) * scale;
    const g = el('svg:circle', { cx: x, cy: y, r, class: 'marker' + (c.size > 1 ? ' cluster' : ''),
      'data-places': c.places.join('|'), 'data-count': c.count });
    const more = c.size > c.places.length ? `\n… +${c.size - c.places.length}` : '';
    g.appendChild(el('svg:title', {}, `${c.count} · ${c.places.join(', ')}${more}`));
    layer.appendChild(g);
    if (c.size > 1) layer.appendChild(el('svg:text', { x, y: y + 3 * scale, class: 'cluster-n', 'font-size': 9 * scale }, String(c.size)));
  }
}

// ---------- events ----------
function filterForm(params, target, full) {
  const f = el('form', { class: 'filters', id: 'filters' });
  const field = (name, input) => el('label', {}, el('span', {}, t(name)), input);
  const select = (name, values) => {
    const s = el('select', { name }, el('option', { value: '' }, t('any')));
    for (const v of values) s.appendChild(el('option', { value: v, selected: params.get(name) === v ? 'selected' : null }, v));
    return s;
  };
  const input = (name, type) => { const i = el('input', { name, type: type || 'text' }); i.value = params.get(name) || ''; return i; };
  f.append(field('type', select('type', TYPES)), field('status', select('status', STATUSES)), field('country', input('country')),
    field('from', input('from', 'date')), field('to', input('to', 'date')));
  if (full) {
    f.append(field('text', input('text')), field('source', input('source')), field('sort', select('sort', SORTS)));
    const lv = el('select', { name: 'level' }, el('option', { value: '' }, t('levelEvents')),
      el('option', { value: 'stories', selected: params.get('level') === 'stories' ? 'selected' : null }, t('levelStories')));
    f.append(field('level', lv));
    if (params.get('story')) { const s = input('story', 'hidden'); f.append(s); }
  }
  f.append(el('button', { type: 'submit' }, t('apply')));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(f)) if (v) q.set(k, v);
    location.hash = `#/${target}?${q}`;
  });
  return f;
}

async function viewEvents(box, r) {
  box.appendChild(el('h1', {}, t('events')));
  box.appendChild(filterForm(r.params, 'events', true));
  const stories = r.params.get('level') === 'stories';
  const params = Object.fromEntries([...r.params].filter(([k]) => FILTERS.includes(k) || k === 'offset'));
  params.limit = 50;
  const page = await api(stories ? '/api/stories' : '/api/events', params);
  const off = page.offset;
  box.appendChild(el('p', { class: 'pager-info', id: 'total' , 'data-total': page.total }, `${page.total ? off + 1 : 0}–${off + page.rows.length} ${t('of')} ${page.total}`));
  if (!page.rows.length) { box.appendChild(el('p', {}, t('noRows'))); return; }
  const tb = el('tbody');
  for (const e of page.rows) {
    const storyId = stories ? e.id : e.story_id;
    const links = el('td', { class: 'links' });
    if (storyId !== null && storyId !== undefined) links.appendChild(el('a', { href: `#/events?story=${encodeURIComponent(storyId)}`, class: 'story-link' }, t('story') + ' ' + storyId));
    links.appendChild(el('a', { href: `#/doc/${encodeURIComponent(e.record_id)}`, class: 'doc-link' }, t('document')));
    tb.appendChild(el('tr', { 'data-id': e.id },
      el('td', { class: 'day' }, e.day || ''), el('td', {}, el('span', { class: 'type q' + quadOf(e) }, e.type)), el('td', {}, e.status),
      el('td', {}, who(e.actor_name, e.actor_text, e.actor_country)), el('td', {}, who(e.recipient_name, e.recipient_text, e.recipient_country)),
      el('td', {}, bdi(e.location_name || '')), el('td', {}, bdi(e.source || '')),
      el('td', { class: 'sentence', dir: 'rtl', lang: 'ar' }, bdi(e.sentence || e.trigger)),
      stories ? el('td', { class: 'n' }, `${e.mentions}/${e.articles}/${e.sources}`) : null, links));
  }
  const head = [t('day'), t('type'), t('status'), t('actor'), t('recipient'), t('place'), t('source'), t('sentence')];
  if (stories) head.push(`${t('mentions')}/${t('articles')}/${t('sources')}`);
  head.push('');
  box.appendChild(el('table', { class: 'events', id: 'events-table' }, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))), tb));
  const pager = el('div', { class: 'pager' });
  const go = (o) => { const q = new URLSearchParams(r.params); q.set('offset', o); location.hash = `#/events?${q}`; };
  if (off > 0) pager.appendChild(el('button', { type: 'button', on: { click: () => go(Math.max(0, off - 50)) } }, t('prev')));
  if (off + page.rows.length < page.total) pager.appendChild(el('button', { type: 'button', id: 'next', on: { click: () => go(off + 50) } }, t('next')));
  box.appendChild(pager);
}

function quadOf(e) {
  const root = parseInt((e.cameo || '').slice(0, 2), 10);
  if (root >= 1 && root <= 20) return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  const T = e.type || e.kind;
  if (['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST'].includes(T)) return 1;
  if (['CONCEDE', 'COOPERATE', 'AID', 'RETREAT'].includes(T)) return 2;
  if (['ACCUSE', 'REJECT', 'THREATEN'].includes(T)) return 3;
  return 4;
}

function who(name, text, country) {
  if (!name && !text && !country) return bdi('');
  return el('span', {}, bdi(name || text || '—'), country ? el('span', { class: 'cc' }, ' ' + country) : null);
}

// ---------- document view ----------
async function viewDoc(box, r) {
  let stored;
  try {
    stored = await api('/api/documents/' + encodeURIComponent(r.arg));
  } catch (e) {
    box.appendChild(el('p', { class: 'error' }, t('notFound') + ': ' + e.message));
    return;
  }
  const d = stored.record;
  box.appendChild(el('h1', { class: 'doc-title', dir: 'auto', id: 'doc-title' }, bdi(d.title || d.id)));
  box.appendChild(el('dl', { class: 'meta' },
    el('dt', {}, t('source')), el('dd', { id: 'doc-source' }, bdi(d.source || '—')),
    el('dt', {}, t('published')), el('dd', {}, bdi(d.published || '—')),
    el('dt', {}, t('url')), el('dd', { id: 'doc-url' }, urlNode(d.url))));
  renderAnnotated(box, d, stored.events);
}

/** The annotated article and its events panel, for a stored document or a fresh extraction. */
function renderAnnotated(box, d, stored) {
  const chars = Array.from(d.text); // offsets are code points
  const spans = [];
  const add = (s, e, kind, rec) => { if (s !== null && s !== undefined && e > s) spans.push({ s, e, kind, rec }); };
  for (const en of d.entities) add(en.start, en.end, 'ent ent-' + en.type, { what: 'entity', en });
  d.events.forEach((ev, i) => {
    add(ev.trigger.start, ev.trigger.end, 'trig', { what: 'event', ev, i });
    if (ev.actor) add(ev.actor.start, ev.actor.end, 'actor', { what: 'actor', ev, i });
    if (ev.recipient) add(ev.recipient.start, ev.recipient.end, 'recip', { what: 'recipient', ev, i });
    if (ev.location) add(ev.location.start, ev.location.end, 'evplace', { what: 'place', ev, i });
    if (ev.date) add(ev.date.start, ev.date.end, 'evdate', { what: 'date', ev, i });
  });
  for (const q of d.quotes) {
    add(q.content.start, q.content.end, 'quote', { what: 'quote', q });
    if (q.speaker) add(q.speaker.start, q.speaker.end, 'speaker', { what: 'speaker', q });
  }
  const cuts = new Set([0, chars.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(chars.length, s.s))); cuts.add(Math.max(0, Math.min(chars.length, s.e))); }
  const points = [...cuts].sort((a, b) => a - b);
  const article = el('article', { class: 'article', dir: 'rtl', lang: 'ar', id: 'article' });
  const records = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const text = chars.slice(a, b).join('');
    const cover = spans.filter((s) => s.s <= a && s.e >= b);
    if (!cover.length) { article.appendChild(safe(text)); continue; }
    const cls = new Set(['pc']);
    const evs = new Set();
    let ent = null;
    for (const s of cover) {
      s.kind.split(' ').forEach((c) => cls.add(c));
      if (s.rec.i !== undefined) evs.add(s.rec.i);
      if (s.rec.what === 'entity') ent = s.rec.en.id;
    }
    // Only what a highlight shows is marked; event places and dates are marked only when their event is selected.
    const visible = [...cls].some((c) => ['ent', 'trig', 'actor', 'recip', 'quote', 'speaker'].includes(c));
    const piece = el('span', { class: [...cls].join(' ') + (visible ? '' : ' quiet'), 'data-ev': [...evs].join(' ') || null, 'data-ent': ent, 'data-rec': records.length, 'data-start': a, 'data-end': b }, text);
    records.push(cover.map((s) => s.rec));
    article.appendChild(piece);
  }
  const tip = document.getElementById('tip');
  article.addEventListener('mouseover', (ev) => {
    const p = ev.target.closest && ev.target.closest('.pc');
    if (!p) { tip.hidden = true; return; }
    tip.replaceChildren(...records[Number(p.getAttribute('data-rec'))].map(describe));
    tip.hidden = false;
    const rect = p.getBoundingClientRect();
    tip.style.top = Math.round(window.scrollY + rect.bottom + 6) + 'px';
    tip.style.left = Math.round(Math.max(8, Math.min(window.innerWidth - 340, rect.left))) + 'px';
  });
  article.addEventListener('mouseleave', () => { tip.hidden = true; });

  const legend = el('div', { class: 'legend doc-legend' }, el('span', {}, t('legend') + ':'),
    el('span', { class: 'pc ent ent-PER' }, t('person')), el('span', { class: 'pc ent ent-LOC' }, t('location')),
    el('span', { class: 'pc ent ent-ORG' }, t('organisation')), el('span', { class: 'pc trig' }, t('trigger')),
    el('span', { class: 'pc actor' }, t('actor')), el('span', { class: 'pc recip' }, t('recipient')), el('span', { class: 'pc quote' }, t('quote')));

  const list = el('ol', { class: 'ev-list', id: 'ev-list' });
  const reselect = [];
  d.events.forEach((ev, i) => {
    const st = stored && stored.find((s) => s.event_id === ev.id);
    const li = el('li', { class: 'ev-row', 'data-ev': i, 'data-event-id': ev.id, tabindex: 0 },
      el('div', {}, el('span', { class: 'type q' + quadOf({ cameo: ev.cameo, type: ev.type }) }, ev.type), ' ', el('span', { class: 'status' }, ev.status), ' ',
        el('span', { class: 'when' }, ev.date ? ev.date.value : '')),
      el('div', { class: 'trig-text', dir: 'rtl' }, bdi(ev.trigger.text)),
      el('div', { class: 'who' }, who(ev.actor && ev.actor.name, ev.actor && ev.actor.text, ev.actor && ev.actor.country), state.lang === 'ar' ? ' ← ' : ' → ',
        who(ev.recipient && ev.recipient.name, ev.recipient && ev.recipient.text, ev.recipient && ev.recipient.country)),
      el('div', { class: 'where' }, bdi((ev.location && ev.location.name) || '')),
      st && st.story_id !== null ? el('a', { href: `#/events?story=${st.story_id}`, class: 'story-link' }, t('story') + ' ' + st.story_id) : null);
    const select = () => {
      for (const x of article.querySelectorAll('.sel')) x.classList.remove('sel');
      for (const x of list.querySelectorAll('.selected')) x.classList.remove('selected');
      li.classList.add('selected');
      const mine = [...article.querySelectorAll('.pc[data-ev]')].filter((p) => p.getAttribute('data-ev').split(' ').includes(String(i)));
      mine.forEach((p) => p.classList.add('sel'));
      if (mine[0]) mine[0].scrollIntoView({ block: 'nearest' });
      state.selected = { doc: d.id, text: d.text.length, i };
    };
    li.addEventListener('click', select);
    li.addEventListener('keydown', (e) => { if (e.key === 'Enter') select(); });
    list.appendChild(li);
    reselect.push([i, select]);
  });
  const side = el('aside', { class: 'side' }, el('h2', {}, `${t('eventsInDoc')} (${d.events.length})`), list);
  box.appendChild(legend);
  box.appendChild(el('div', { class: 'doc' }, article, side));
  // The page keeps its selected event across re-renders (the language switch).
  const sel = state.selected;
  if (sel && sel.doc === d.id && sel.text === d.text.length) for (const [i, f] of reselect) if (i === sel.i) f();
}

function describe(rec) {
  const line = (...xs) => el('div', {}, ...xs.filter((x) => x !== null && x !== undefined && x !== '').map(String).join(' · '));
  const part = (p) => (p ? `${p.name || p.text || '—'} (${p.country || '-'}/${p.role || '-'})` : '—');
  if (rec.what === 'entity') {
    const e = rec.en;
    return el('div', { class: 'rec' }, line(e.id, e.type, e.name || ''), line(e.country || '', e.role || '', e.geo ? `${e.geo.name} ${e.geo.lat.toFixed(2)},${e.geo.lon.toFixed(2)}` : ''), el('div', { dir: 'rtl' }, e.text));
  }
  if (rec.what === 'quote' || rec.what === 'speaker') {
    const q = rec.q;
    return el('div', { class: 'rec' }, line(t('quote'), q.direct ? 'direct' : 'indirect'), line(t('speaker') + ':', q.speaker ? q.speaker.name || q.speaker.text : '—'));
  }
  const e = rec.ev;
  return el('div', { class: 'rec' }, line(`${e.id} ${rec.what}`, e.type, e.cameo ? 'CAMEO ' + e.cameo : '', e.status, e.goldstein !== null && e.goldstein !== undefined ? 'G ' + e.goldstein : ''),
    line(part(e.actor), '→', part(e.recipient)), line(e.location ? e.location.name || '' : '', e.date ? e.date.value : ''));
}

// ---------- analyse ----------
function viewAnalyse(box) {
  const a = state.analyse;
  box.appendChild(el('h1', {}, t('analyse')));
  const ta = el('textarea', { id: 'analyse-text', dir: 'rtl', lang: 'ar', rows: 10, maxlength: 200000, placeholder: t('paste') });
  ta.value = a.text;
  ta.addEventListener('input', () => { a.text = ta.value; });
  const date = el('input', { type: 'date', id: 'analyse-published' });
  date.value = a.published;
  date.addEventListener('input', () => { a.published = date.value; });
  const tok = el('input', { type: 'password', id: 'analyse-token', autocomplete: 'off' });
  try { tok.value = sessionStorage.getItem('rasd-token') || ''; } catch (e) { /* ignore */ }
  const out = el('div', { id: 'analyse-out' });
  const run = el('button', { type: 'submit', id: 'analyse-run' }, t('run'));
  const form = el('form', { class: 'analyse' }, ta, el('div', { class: 'row' }, el('label', {}, el('span', {}, t('published')), date),
    el('label', {}, el('span', {}, t('token')), tok), run));
  const show = () => {
    out.replaceChildren();
    if (a.error) out.appendChild(el('p', { class: 'error' }, t('error') + ': ' + a.error));
    if (a.result) renderAnnotated(out, a.result, null);
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try { sessionStorage.setItem('rasd-token', tok.value); } catch (e) { /* ignore */ }
    out.replaceChildren(el('p', {}, t('loading')));
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (tok.value) headers.Authorization = 'Bearer ' + tok.value;
    try {
      const res = await fetch('/api/extract', { method: 'POST', headers, body: JSON.stringify({ text: a.text, published: a.published || null }) });
      const body = await res.json().catch(() => ({ error: res.statusText }));
      if (!res.ok) throw new Error(body.error || res.statusText);
      a.result = body; a.error = null;
    } catch (e) { a.result = null; a.error = e.message; }
    show();
    document.body.setAttribute('data-analysed', String(Date.now()));
  });
  box.append(form, out);
  show();
}

window.addEventListener('hashchange', render);
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('lang').addEventListener('click', () => setLang(state.lang === 'ar' ? 'en' : 'ar'));
  render();
});
