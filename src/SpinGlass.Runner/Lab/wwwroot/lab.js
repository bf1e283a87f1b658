// SpinGlass lab: the page of `spinglass lab` (docs/lab.md). Everything is computed by the server's JSON API; this file keeps
// the drawing and the settings, draws the grids and charts, and speaks the documented formats (network.json, state.json,
// the lab export).
'use strict';

const token = new URLSearchParams(location.search).get('token');
const $ = (id) => document.getElementById(id);

const lab = {
  set: { kind: 'letters', letters: 'A-C', random: { width: 10, height: 10, p: 5, seed: 1 }, images: { width: 32, height: 32 } },
  stored: null, // { width, height, patterns: [grid rows], names: [..], letters: 'ABC' | null, imageNames: [..] | null }
  drawing: null, // Int8Array of ±1, row-major
  memories: [],
  busy: false,
};

// ---------- the API ----------

async function api(method, path, body) {
  const headers = {};
  if (token) headers['X-SpinGlass-Token'] = token;
  if (method !== 'GET') headers['X-SpinGlass-Lab'] = '1';
  let payload;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  const response = await fetch(path, { method, headers, body: payload });
  const text = await response.text();
  let answer;
  try { answer = JSON.parse(text); } catch { answer = { error: text }; }
  if (!response.ok) throw new Error(answer.error || `${response.status} ${response.statusText}`);
  return answer;
}

function say(text, error) {
  const message = $('message');
  message.textContent = text || '';
  message.classList.toggle('error', !!error);
}

// ---------- stored sets ----------

function parseLetters(text) {
  const letters = [];
  const parts = text.toUpperCase().replace(/[–—]/g, '-').split(/[\s,;]+/).filter(Boolean);
  for (const part of parts) {
    const range = part.match(/^([A-Z])-([A-Z])$/);
    if (range) {
      const from = range[1].charCodeAt(0), to = range[2].charCodeAt(0);
      if (from > to) throw new Error(`letters: the range ${part} runs backwards`);
      for (let c = from; c <= to; c++) letters.push(String.fromCharCode(c));
    } else if (/^[A-Z]+$/.test(part)) {
      letters.push(...part);
    } else {
      throw new Error(`letters: '${part}' is neither a range like A-G nor a list of letters`);
    }
  }
  const unique = [...new Set(letters)];
  if (unique.length === 0) throw new Error('letters: name at least one letter');
  return unique.join('');
}

async function store() {
  const kind = $('set-kind').value;
  lab.set.kind = kind;
  if (kind === 'letters') {
    const letters = parseLetters($('letters').value);
    lab.set.letters = $('letters').value;
    const all = lab.letterGrids || (lab.letterGrids = await api('GET', '/api/letters'));
    const missing = [...letters].filter((c) => !all.letters[c]);
    if (missing.length) throw new Error(`letters: no built-in letter ${missing.join(', ')}`);
    setStored({ width: all.width, height: all.height, patterns: [...letters].map((c) => all.letters[c]), names: [...letters], letters, imageNames: null });
  } else if (kind === 'random') {
    const r = { width: num('random-width'), height: num('random-height'), p: num('random-p'), seed: num('random-seed') };
    lab.set.random = r;
    const answer = await api('POST', '/api/random', r);
    setStored({ width: answer.width, height: answer.height, patterns: answer.patterns, names: answer.patterns.map((_, k) => String(k + 1)), letters: null, imageNames: null });
  } else {
    const files = $('image-files').files;
    if (!files.length) throw new Error('images: choose one or more image files first');
    const form = new FormData();
    const width = num('image-width'), height = num('image-height');
    lab.set.images = { width, height };
    form.append('width', width);
    form.append('height', height);
    for (const file of files) form.append('files', file, file.name);
    const answer = await api('POST', '/api/images', form);
    setStored({ width: answer.width, height: answer.height, patterns: answer.patterns, names: answer.names, letters: null, imageNames: answer.names });
  }
}

function setStored(stored, keepDrawing) {
  const sizeChanged = !lab.stored || lab.stored.width !== stored.width || lab.stored.height !== stored.height;
  lab.stored = stored;
  if (!keepDrawing && (sizeChanged || !lab.drawing)) lab.drawing = new Int8Array(stored.width * stored.height).fill(-1);
  const gallery = $('stored');
  gallery.replaceChildren();
  const select = $('draw-pattern');
  select.replaceChildren();
  stored.patterns.forEach((rows, k) => {
    const figure = document.createElement('figure');
    const thumb = document.createElement('div');
    thumb.className = 'thumb';
    thumb.style.gridTemplateColumns = `repeat(${stored.width}, 3px)`;
    for (const row of rows) for (const c of row) {
      const cell = document.createElement('span');
      if (c === '#') cell.className = 'on';
      thumb.append(cell);
    }
    const caption = document.createElement('figcaption');
    caption.textContent = stored.names[k];
    figure.append(thumb, caption);
    gallery.append(figure);
    const option = document.createElement('option');
    option.value = k;
    option.textContent = stored.names[k];
    select.append(option);
  });
  for (const memory of lab.memories) buildGrid(memory);
  if (!keepDrawing) resetAll();
}

// ---------- networks and states in the documented formats ----------

function networkOf(memory) {
  const s = lab.stored;
  const network = { format: 'spinglass-network', version: 2, kind: memory.kind };
  if (memory.kind === 'classical') {
    network.neurons = memory.neurons;
    network.rule = memory.learning;
    if (memory.learning === 'covariance') network.coding = memory.coding;
  }
  if (memory.kind === 'dense') {
    network.interaction = memory.interaction;
    if (memory.interaction === 'exponential') network.beta = memory.beta; else network.n = memory.power;
  }
  if (memory.kind === 'modern') network.beta = memory.beta;
  if (s.letters) {
    network.letters = s.letters;
  } else {
    network.width = s.width;
    network.height = s.height;
    network.patterns = s.patterns;
    if (s.imageNames) network.names = s.imageNames;
  }
  return network;
}

function gridRows(spins, width) {
  const rows = [];
  for (let start = 0; start < spins.length; start += width) {
    let row = '';
    for (let i = start; i < start + width; i++) row += spins[i] > 0 ? '#' : '.';
    rows.push(row);
  }
  return rows;
}

function stateJson(memory) {
  const state = { format: 'spinglass-state', version: 1 };
  if (memory.values) state.values = Array.from(memory.values);
  else state.grid = gridRows(memory.spins, lab.stored.width);
  return state;
}

function readState(memory, state) {
  memory.version = (memory.version || 0) + 1;
  if (state.values) {
    memory.values = Float64Array.from(state.values);
    memory.spins = Int8Array.from(state.values, (v) => (v > 0 ? 1 : -1));
  } else {
    memory.values = null;
    const rows = state.grid || null;
    memory.spins = rows ? Int8Array.from(rows.join(''), (c) => (c === '#' ? 1 : -1)) : Int8Array.from(state.spins);
  }
}

function dynamicsOf(memory) {
  if (memory.kind === 'modern') return undefined;
  const dynamics = { rule: memory.rule, seed: memory.seed };
  if (memory.rule !== 'synchronous') dynamics.order = memory.order;
  if (memory.rule === 'glauber') dynamics.T = memory.temperature;
  return dynamics;
}

// ---------- memories ----------

function newMemory(settings) {
  const node = $('memory-template').content.firstElementChild.cloneNode(true);
  const memory = {
    node, kind: 'classical', neurons: 'spin', learning: 'hebb', coding: 0.5, interaction: 'polynomial', power: 3, beta: 1,
    rule: 'zero-temperature', order: 'random', temperature: 0.2, seed: 1,
    spins: null, values: null, t: 0, rng: null, sweepRng: null, trace: [], readout: null,
    ...settings,
  };
  node.querySelector('.memory-title').textContent = lab.memories.length === 0 ? 'Memory 1 (left in side-by-side)' : `Memory ${lab.memories.length + 1} (right)`;
  const field = (name) => node.querySelector('.' + name);
  const bind = (name, key, parse) => {
    const input = field(name);
    input.value = memory[key];
    input.addEventListener('change', () => { memory[key] = parse(input.value); showSettings(memory); resetMemory(memory); });
  };
  bind('kind', 'kind', String);
  bind('neurons', 'neurons', String);
  bind('learning', 'learning', String);
  bind('coding', 'coding', Number);
  bind('interaction', 'interaction', String);
  bind('power', 'power', Number);
  bind('beta', 'beta', Number);
  bind('rule', 'rule', String);
  bind('order', 'order', String);
  bind('temperature', 'temperature', Number);
  bind('seed', 'seed', Number);
  showSettings(memory);
  $('memories').append(node);
  lab.memories.push(memory);
  if (lab.stored) buildGrid(memory);
  return memory;
}

function showSettings(memory) {
  const node = memory.node;
  const show = (selector, visible) => node.querySelectorAll(selector).forEach((e) => { e.hidden = !visible; });
  const energyModel = memory.kind !== 'modern';
  show('.for-classical', memory.kind === 'classical');
  show('.for-coding', memory.kind === 'classical' && memory.learning === 'covariance');
  show('.for-dense', memory.kind === 'dense');
  show('.for-power', memory.kind === 'dense' && memory.interaction !== 'exponential');
  show('.for-beta', memory.kind === 'modern' || (memory.kind === 'dense' && memory.interaction === 'exponential'));
  show('.for-energy', energyModel);
  show('.for-order', energyModel && memory.rule !== 'synchronous');
  show('.for-temperature', energyModel && memory.rule === 'glauber');
}

function buildGrid(memory) {
  const { width, height } = lab.stored;
  const grid = memory.node.querySelector('.grid');
  const size = Math.max(4, Math.min(24, Math.floor(250 / Math.max(width, height))));
  grid.style.setProperty('--cell', `${size}px`);
  grid.style.gridTemplateColumns = `repeat(${width}, ${size}px)`;
  grid.replaceChildren();
  for (let i = 0; i < width * height; i++) {
    const cell = document.createElement('div');
    cell.className = 'cell';
    cell.dataset.i = i;
    grid.append(cell);
  }
  memory.cells = Array.from(grid.children);
  grid.oncontextmenu = (e) => e.preventDefault();
  grid.onpointerdown = (e) => {
    const cell = e.target.closest('.cell');
    if (!cell || lab.busy) return;
    e.preventDefault();
    const erase = e.button === 2 || document.querySelector('input[name=tool]:checked').value === 'erase';
    lab.painting = erase ? -1 : 1;
    paint(Number(cell.dataset.i));
  };
  grid.onpointerover = (e) => {
    const cell = e.target.closest('.cell');
    if (cell && lab.painting) paint(Number(cell.dataset.i));
  };
}

document.addEventListener('pointerup', () => {
  if (!lab.painting) return;
  lab.painting = 0;
  resetAll();
});

function paint(i) {
  if (lab.drawing[i] === lab.painting) return;
  lab.drawing[i] = lab.painting;
  for (const memory of lab.memories) {
    memory.spins = Int8Array.from(lab.drawing);
    memory.values = null;
    drawGrid(memory);
  }
}

function drawGrid(memory) {
  const cells = memory.cells;
  if (!cells) return;
  for (let i = 0; i < cells.length; i++) {
    if (memory.values) {
      const v = Math.max(-1, Math.min(1, memory.values[i]));
      const shade = Math.round(255 * (1 - (v + 1) / 2));
      cells[i].style.background = `rgb(${shade},${shade},${shade})`;
      cells[i].classList.toggle('on', v > 0);
    } else {
      cells[i].style.background = '';
      cells[i].classList.toggle('on', memory.spins[i] > 0);
    }
  }
}

function resetMemory(memory) {
  memory.spins = Int8Array.from(lab.drawing);
  memory.values = null;
  memory.t = 0;
  memory.rng = null;
  memory.sweepRng = null;
  memory.trace = [];
  memory.fixedPoint = null;
  drawGrid(memory);
  return refresh(memory);
}

async function resetAll() {
  if (!lab.stored) return;
  await Promise.all(lab.memories.map(resetMemory));
}

async function refresh(memory) {
  // answers can arrive out of order: show one only if the state has not changed since it was asked for
  const version = (memory.version = (memory.version || 0) + 1);
  try {
    const answer = await api('POST', '/api/energy', { network: networkOf(memory), state: stateJson(memory) });
    if (version !== memory.version) return;
    show(memory, answer);
    if (memory.trace.length === 0) memory.trace.push({ t: 0, energy: answer.energy });
    drawTrajectory(memory);
    say('');
  } catch (error) {
    say(error.message, true);
  }
}

function show(memory, answer) {
  memory.readout = answer;
  const node = memory.node;
  const text = (name, value) => { node.querySelector('.' + name).textContent = value; };
  const n = lab.stored.width * lab.stored.height;
  text('energy', fmt(answer.energy));
  text('energy-per-neuron', fmt(answer.energyPerNeuron));
  text('active', `${answer.active} / ${n}`);
  text('time', fmt(memory.t / (memory.kind === 'modern' ? 1 : n)));
  text('time-label', memory.kind === 'modern' ? 'updates t' : 'sweeps t');
  text('nearest', `${answer.nearest.name} (m = ${fmt(answer.nearest.overlap)})`);
  text('hamming', answer.nearest.hamming);
  text('status', memory.fixedPoint === true ? 'fixed point' : memory.fixedPoint === false ? 'moving' : 'at the drawing');
  node.dataset.nearest = answer.nearest.name;
  node.dataset.hamming = answer.nearest.hamming;
  node.dataset.energy = answer.energy;
  const bars = node.querySelector('.overlaps');
  bars.replaceChildren();
  answer.overlaps.forEach((m, k) => {
    const name = document.createElement('span');
    name.className = 'name' + (k === answer.nearest.index ? ' nearest' : '');
    name.textContent = answer.names[k];
    const bar = document.createElement('span');
    bar.className = 'bar';
    const zero = document.createElement('span');
    zero.className = 'zero';
    const fill = document.createElement('span');
    fill.className = 'fill' + (m < 0 ? ' negative' : '');
    fill.style.left = `${50 + Math.min(0, m) * 50}%`;
    fill.style.width = `${Math.abs(m) * 50}%`;
    bar.append(zero, fill);
    const value = document.createElement('span');
    value.textContent = fmt(m);
    bars.append(name, bar, value);
  });
}

function fmt(x) {
  if (typeof x !== 'number' || !isFinite(x)) return String(x);
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(4).replace(/\.?0+$/, '');
}

// ---------- the energy trajectory E(t) ----------

const svgNs = 'http://www.w3.org/2000/svg';

function svg(name, attributes, text) {
  const element = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  if (text !== undefined) element.textContent = text;
  return element;
}

function niceTicks(lo, hi, count) {
  if (lo === hi) { lo -= 1; hi += 1; }
  const step0 = (hi - lo) / count;
  const magnitude = Math.pow(10, Math.floor(Math.log10(step0)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= step0);
  const ticks = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9 * step; v += step) ticks.push(+v.toPrecision(12));
  return { lo: Math.min(lo, ticks[0]), hi: Math.max(hi, ticks[ticks.length - 1]), ticks };
}

function drawTrajectory(memory) {
  const chart = memory.node.querySelector('.trajectory');
  chart.replaceChildren();
  const n = lab.stored.width * lab.stored.height;
  const unit = memory.kind === 'modern' ? 1 : n;
  const points = memory.trace.map((p) => ({ x: p.t / unit, y: p.energy }));
  const xs = niceTicks(0, Math.max(1, ...points.map((p) => p.x)), 5);
  const ys = niceTicks(Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y)), 4);
  // the left margin fits the longest energy label (dense memories reach millions)
  const left = 24 + 6 * Math.max(...ys.ticks.map((v) => fmt(v).length)), right = 440, top = 22, bottom = 152;
  const X = (x) => left + (x - xs.lo) / (xs.hi - xs.lo) * (right - left);
  const Y = (y) => bottom - (y - ys.lo) / (ys.hi - ys.lo) * (bottom - top);
  chart.append(svg('text', { x: 62, y: 13, class: 'title' }, `energy trajectory E(t) — ${memory.kind === 'modern' ? 'E(ξ) per update' : 'per sweep'}`));
  chart.append(svg('line', { x1: left, y1: bottom, x2: right, y2: bottom, class: 'axis' }));
  chart.append(svg('line', { x1: left, y1: top, x2: left, y2: bottom, class: 'axis' }));
  for (const v of xs.ticks) {
    chart.append(svg('line', { x1: X(v), y1: bottom, x2: X(v), y2: bottom + 4, class: 'axis' }));
    chart.append(svg('text', { x: X(v), y: bottom + 15, 'text-anchor': 'middle', class: 'tick' }, fmt(v)));
  }
  for (const v of ys.ticks) {
    chart.append(svg('line', { x1: left - 4, y1: Y(v), x2: left, y2: Y(v), class: 'axis' }));
    chart.append(svg('text', { x: left - 6, y: Y(v) + 3, 'text-anchor': 'end', class: 'tick' }, fmt(v)));
  }
  chart.append(svg('text', { x: (left + right) / 2, y: 184, 'text-anchor': 'middle', class: 'title' }, memory.kind === 'modern' ? 'update t' : 'sweeps t (updates / N)'));
  chart.append(svg('text', { x: 12, y: (top + bottom) / 2, 'text-anchor': 'middle', class: 'title', transform: `rotate(-90 12 ${(top + bottom) / 2})` }, 'energy E'));
  if (points.length) {
    chart.append(svg('polyline', { points: points.map((p) => `${X(p.x).toFixed(1)},${Y(p.y).toFixed(1)}`).join(' '), class: 'line' }));
    for (const p of points.length <= 60 ? points : [points[0], points[points.length - 1]]) {
      chart.append(svg('circle', { cx: X(p.x), cy: Y(p.y), r: 2.2, class: 'point' }));
    }
  }
}

// ---------- stepping and running ----------

function visibleMemories() {
  return $('side-by-side').checked ? lab.memories : lab.memories.slice(0, 1);
}

async function step(unit) {
  await exclusive(async () => {
    await eachMemory(async (memory) => {
      const body = { network: networkOf(memory), state: stateJson(memory), t: memory.t, unit };
      const dynamics = dynamicsOf(memory);
      if (dynamics) body.dynamics = dynamics;
      if (memory.rng) body.rng = memory.rng;
      // permutation order: the stream at the start of the sweep, from which the server redraws the sweep's permutation
      if (memory.sweepRng) body.sweepRng = memory.sweepRng;
      const answer = await api('POST', '/api/step', body);
      memory.t = answer.t;
      memory.rng = answer.rng;
      memory.sweepRng = answer.sweepRng || null;
      memory.fixedPoint = answer.fixedPoint;
      readState(memory, answer.state);
      memory.trace.push({ t: memory.t, energy: answer.energy });
      drawGrid(memory);
      show(memory, answer);
      drawTrajectory(memory);
    });
  });
}

async function run() {
  await exclusive(async () => {
    await eachMemory(async (memory) => {
      memory.node.dataset.status = 'running';
      try {
        const body = { network: networkOf(memory), state: stateJson(memory), maxSweeps: num('max-sweeps') };
        const dynamics = dynamicsOf(memory);
        if (dynamics) body.dynamics = dynamics;
        if (memory.rng) body.rng = memory.rng;
        const answer = await api('POST', '/api/run', body);
        const n = lab.stored.width * lab.stored.height;
        const unit = memory.kind === 'modern' ? 1 : n;
        const start = memory.t;
        const frames = new Map(answer.frames.map((f) => [f.t, f.state]));
        const delay = num('frame-ms');
        for (const s of answer.steps.slice(1)) {
          if (frames.has(s.t)) { readState(memory, frames.get(s.t)); drawGrid(memory); }
          memory.t = start + s.t * unit;
          memory.trace.push({ t: memory.t, energy: s.energy });
          drawTrajectory(memory);
          if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        }
        memory.t = start + answer.sweeps * unit;
        memory.rng = answer.rng;
        memory.sweepRng = null;
        memory.fixedPoint = answer.fixedPoint;
        readState(memory, answer.state);
        drawGrid(memory);
        show(memory, answer);
        drawTrajectory(memory);
        memory.node.title = answer.engine;
        say(`${answer.fixedPoint ? 'fixed point' : 'no fixed point'} after ${answer.sweeps} ${memory.kind === 'modern' ? 'update' : 'sweep'}${answer.sweeps === 1 ? '' : 's'}`);
      } finally {
        memory.node.dataset.status = 'done';
      }
    });
  });
}

function setBusy(busy) {
  lab.busy = busy;
  // every control but the text box: nothing may change the set, the drawing or a memory under a running step or run
  document.querySelectorAll('button, input, select').forEach((e) => { e.disabled = busy; });
}

async function exclusive(work) {
  if (lab.busy) return;
  setBusy(true);
  try {
    await work();
  } catch (error) {
    say(error.message, true);
  } finally {
    setBusy(false);
  }
}

// runs work for every memory and waits for all of them, failed or not, before reporting the first failure
async function eachMemory(work) {
  const results = await Promise.allSettled(visibleMemories().map(work));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

// ---------- export, import, config ----------

function exportJson() {
  return {
    format: 'spinglass-lab',
    version: 1,
    set: lab.set,
    stored: lab.stored,
    drawing: { format: 'spinglass-state', version: 1, grid: gridRows(lab.drawing, lab.stored.width) },
    sideBySide: $('side-by-side').checked,
    maxSweeps: num('max-sweeps'),
    memories: lab.memories.map((m) => ({
      network: networkOf(m),
      settings: { kind: m.kind, neurons: m.neurons, learning: m.learning, coding: m.coding, interaction: m.interaction, power: m.power, beta: m.beta, rule: m.rule, order: m.order, temperature: m.temperature, seed: m.seed },
      state: stateJson(m),
      t: m.t,
      rng: m.rng,
      sweepRng: m.sweepRng,
      fixedPoint: m.fixedPoint,
      trace: m.trace,
    })),
  };
}

const settingDefaults = { learning: 'hebb', coding: 0.5 };
const settingKeys = ['kind', 'neurons', 'learning', 'coding', 'interaction', 'power', 'beta', 'rule', 'order', 'temperature', 'seed'];

// checks everything before changing anything: a malformed export leaves the lab as it was
function checkImport(data) {
  if (!data || data.format !== 'spinglass-lab' || data.version !== 1) throw new Error('import: not a SpinGlass lab export (format "spinglass-lab", version 1)');
  const stored = data.stored;
  if (!stored || !Array.isArray(stored.patterns) || !(stored.width > 0) || !(stored.height > 0)) throw new Error('import: stored must hold width, height and patterns');
  const n = stored.width * stored.height;
  const isGrid = (rows) => Array.isArray(rows) && rows.length === stored.height && rows.every((r) => typeof r === 'string' && r.length === stored.width && /^[#.]*$/.test(r));
  if (stored.patterns.length < 1 || !stored.patterns.every(isGrid)) throw new Error(`import: every stored pattern must be a ${stored.width}×${stored.height} grid of # and .`);
  if (!Array.isArray(stored.names) || stored.names.length !== stored.patterns.length) throw new Error('import: stored.names must name every pattern');
  if (!data.drawing || !isGrid(data.drawing.grid)) throw new Error(`import: the drawing must be a ${stored.width}×${stored.height} grid of # and .`);
  if (!Array.isArray(data.memories) || data.memories.length < 1 || data.memories.length > 2) throw new Error('import: memories must hold one or two memories');
  data.memories.forEach((m, k) => {
    const state = m && m.state;
    const ok = state && (isGrid(state.grid) || (Array.isArray(state.values) && state.values.length === n && state.values.every(Number.isFinite)));
    if (!ok) throw new Error(`import: memories[${k}].state must be a ${stored.width}×${stored.height} grid or ${n} values`);
    if (!m.settings || typeof m.settings !== 'object') throw new Error(`import: memories[${k}].settings is missing`);
  });
}

async function importJson(text) {
  let data;
  try { data = JSON.parse(text); } catch (error) { throw new Error(`import: not JSON (${error.message})`); }
  checkImport(data);
  const stored = data.stored;
  lab.set = data.set || lab.set;
  $('set-kind').value = lab.set.kind;
  showSetOptions();
  $('letters').value = lab.set.letters || 'A-C';
  lab.drawing = Int8Array.from(data.drawing.grid.join(''), (c) => (c === '#' ? 1 : -1));
  $('side-by-side').checked = !!data.sideBySide;
  if (data.maxSweeps) $('max-sweeps').value = data.maxSweeps;
  ensureMemories(data.memories.length);
  setStored(stored, true);
  data.memories.forEach((saved, k) => {
    const memory = lab.memories[k];
    for (const key of settingKeys) {
      // exports made before learning rules existed are Hebbian
      if (saved.settings[key] !== undefined) memory[key] = saved.settings[key];
      else if (key in settingDefaults) memory[key] = settingDefaults[key];
      memory.node.querySelector('.' + key).value = memory[key];
    }
    showSettings(memory);
  });
  await Promise.all(data.memories.map(async (saved, k) => {
    const memory = lab.memories[k];
    readState(memory, saved.state);
    memory.t = Number.isInteger(saved.t) ? saved.t : 0;
    memory.rng = typeof saved.rng === 'string' ? saved.rng : null;
    memory.sweepRng = typeof saved.sweepRng === 'string' ? saved.sweepRng : null;
    memory.fixedPoint = typeof saved.fixedPoint === 'boolean' ? saved.fixedPoint : null;
    memory.trace = Array.isArray(saved.trace) ? saved.trace.filter((p) => p && Number.isFinite(p.t) && Number.isFinite(p.energy)) : [];
    drawGrid(memory);
    await refresh(memory);
  }));
  showMemories();
}

async function copyConfig() {
  const memory = lab.memories[0];
  const body = { network: networkOf(memory), maxSweeps: num('max-sweeps'), noise: Number($('noise').value) };
  const dynamics = dynamicsOf(memory);
  if (dynamics) body.dynamics = dynamics;
  // the drawing becomes retrieval's explicit cue when the patterns are fixed (random ones are drawn anew per trial)
  if (memory.kind === 'classical' && (lab.stored.letters || lab.stored.imageNames)) body.cue = { format: 'spinglass-state', version: 1, grid: gridRows(lab.drawing, lab.stored.width) };
  const answer = await api('POST', '/api/config', body);
  $('io-text').value = answer.yaml;
  try {
    await navigator.clipboard.writeText(answer.yaml);
    say(`a ${answer.experiment} config is on the clipboard (and in the box below)`);
  } catch {
    say(`a ${answer.experiment} config is in the box below`);
  }
}

function download(name, text) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// ---------- wiring ----------

function num(id) { return Number($(id).value); }

function showSetOptions() {
  const kind = $('set-kind').value;
  document.querySelectorAll('.set-option').forEach((e) => { e.hidden = e.dataset.kind !== kind; });
}

function ensureMemories(count) {
  while (lab.memories.length < count) {
    newMemory({ kind: 'dense', power: 3, order: 'rows' });
  }
}

function showMemories() {
  const both = $('side-by-side').checked;
  if (both) ensureMemories(2);
  lab.memories.forEach((m, k) => { m.node.hidden = k > 0 && !both; });
}

function guarded(work) {
  return async () => {
    if (lab.busy) return;
    try { await work(); } catch (error) { say(error.message, true); }
  };
}

function editDrawing(change) {
  return () => {
    if (lab.busy || !lab.drawing) return;
    change(lab.drawing);
    resetAll();
  };
}

window.addEventListener('DOMContentLoaded', async () => {
  $('set-kind').addEventListener('change', showSetOptions);
  $('store').addEventListener('click', guarded(store));
  $('letters').addEventListener('keydown', (e) => { if (e.key === 'Enter') guarded(store)(); });
  $('clear').addEventListener('click', editDrawing((d) => d.fill(-1)));
  $('invert').addEventListener('click', editDrawing((d) => d.forEach((v, i) => { d[i] = -v; })));
  $('add-noise').addEventListener('click', editDrawing((d) => {
    const flips = Math.round(Number($('noise').value) * d.length);
    const order = Array.from(d.keys());
    for (let k = 0; k < flips; k++) {
      const j = k + Math.floor(Math.random() * (order.length - k));
      [order[k], order[j]] = [order[j], order[k]];
      d[order[k]] = -d[order[k]];
    }
  }));
  $('draw-stored').addEventListener('click', editDrawing((d) => {
    const rows = lab.stored.patterns[Number($('draw-pattern').value)];
    Int8Array.from(rows.join(''), (c) => (c === '#' ? 1 : -1)).forEach((v, i) => { d[i] = v; });
  }));
  $('step-update').addEventListener('click', () => step('update'));
  $('step-sweep').addEventListener('click', () => step('sweep'));
  $('run').addEventListener('click', run);
  $('reset').addEventListener('click', resetAll);
  $('side-by-side').addEventListener('change', () => { showMemories(); resetAll(); });
  $('export').addEventListener('click', () => {
    const text = JSON.stringify(exportJson(), null, 1);
    $('io-text').value = text;
    download('spinglass-lab.json', text);
    say('exported: the JSON is in the box below and downloaded as spinglass-lab.json');
  });
  $('import').addEventListener('click', guarded(async () => { await importJson($('io-text').value); say('imported'); }));
  $('import-file').addEventListener('change', guarded(async () => {
    const file = $('import-file').files[0];
    if (file) { await importJson(await file.text()); say(`imported ${file.name}`); }
  }));
  $('copy-config').addEventListener('click', guarded(copyConfig));
  $('log').addEventListener('click', () => { console.log(exportJson()); say('logged to the console'); });
  newMemory({});
  newMemory({ kind: 'dense', power: 3, order: 'rows' });
  showMemories();
  await guarded(store)();
  document.body.dataset.ready = 'true';
});
