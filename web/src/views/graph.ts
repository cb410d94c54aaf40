// The graph walk: a node's neighbourhood (Subgraph.compact) drawn with
// Cytoscape.js, coloured by kind; click a node to select it, open it, expand
// its neighbours, or find the paths to it from the centre.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { gql } from '../api';
import { formValues, heading, input, planPath, select } from '../common';
import { h, link } from '../dom';
import { kindName, t } from '../i18n';
import { navigate, withParams } from '../nav';

interface Compact { nodes: { id: string; kind: string; label: string }[]; edges: [number, number, string][]; truncated: boolean }
interface PathT { length: number; nodes: { id: string; kind: string; label: string }[]; edges: { from: string; to: string; type: string }[] }

const neighbourhoodQuery = `query Neighbourhood($id: ID!, $depth: Int) {
  neighborhood(id: $id, depth: $depth) { compact }
}`;
const pathsQuery = `query Paths($from: ID!, $to: ID!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength) { length nodes { id kind label } edges { from to type } }
}`;

/** kindColours colour the nodes by kind (the legend shows them). */
export const kindColours: Record<string, string> = {
  Municipality: '#6b7280', Ward: '#374151', Plan: '#1d4ed8', Goal: '#7c3aed', Mission: '#9333ea', Policy: '#a855f7',
  Issue: '#b91c1c', Strategy: '#ea580c', Initiative: '#ca8a04', Budget: '#65a30d', Partner: '#059669',
  Topic: '#0891b2', TargetGroup: '#db2777', Program: '#4b5563', ReformItem: '#78716c', Department: '#57534e',
};

/** render draws /graph?id=&depth=&to=. */
export async function render(el: HTMLElement, url: URL): Promise<void> {
  const id = url.searchParams.get('id') ?? 'partner/民生委員・児童委員';
  const depth = url.searchParams.get('depth') ?? '1';
  const to = url.searchParams.get('to') ?? '';
  const form = h('form', { class: 'filters' },
    input('id', t('nodeId'), id, { required: 'true', size: '40' }),
    select('depth', t('depth'), [1, 2, 3].map((d) => ({ value: d, label: String(d) })), depth),
    input('to', t('pathTo'), to, { size: '30' }),
    h('button', { type: 'submit' }, t('show')));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate(withParams('/graph', formValues(form))); });
  const data = await gql<{ neighborhood: { compact: Compact } }>(neighbourhoodQuery, { id, depth: Number(depth) });
  const sub = data.neighborhood.compact;
  performance.mark('wardgraph:graph-data'); // the browser tests report the time to here and to drawn
  const status = h('p', { class: 'count', role: 'status' });
  const canvas = h('div', { class: 'cy', role: 'img', 'aria-label': `${t('neighbourhood')}: ${id}` });
  const panel = h('aside', { class: 'panel', 'aria-live': 'polite' });
  const list = h('ul', { class: 'nodelist', 'aria-label': t('nodes') });
  el.append(heading(`${t('neighbourhood')}: ${id}`), form, legend(), status, h('div', { class: 'graph-area' }, canvas, panel), list);
  const cy = draw(canvas, sub, id);
  const state = { cy, centre: id, status, list, panel };
  refresh(state, sub.truncated);
  performance.mark('wardgraph:graph-drawn');
  cy.on('tap', 'node', (e) => choose(state, e.target.id()));
  if (cy.getElementById(id).nonempty()) choose(state, id);
  if (to) await showPaths(state, to);
}

interface State { cy: Core; centre: string; status: HTMLElement; list: HTMLElement; panel: HTMLElement }

function elements(sub: Compact): ElementDefinition[] {
  const nodes = sub.nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, colour: kindColours[n.kind] ?? '#111827' } }));
  const edges = sub.edges.map(([f, to, type]) => ({ data: { id: `${sub.nodes[f].id}|${type}|${sub.nodes[to].id}`, source: sub.nodes[f].id, target: sub.nodes[to].id, type } }));
  return [...nodes, ...edges];
}

function draw(container: HTMLElement, sub: Compact, centre: string): Core {
  const cy = cytoscape({
    container, elements: elements(sub), minZoom: 0.05, maxZoom: 1.6, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9, width: 14, height: 14, 'text-wrap': 'ellipsis', 'text-max-width': '110px', color: '#111827', 'min-zoomed-font-size': 7 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#cbd5e1', 'curve-style': 'haystack' } },
      // Past 150 nodes labels would cover the drawing: only the centre, the selection and paths keep theirs.
      { selector: 'node.quiet', style: { label: '' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827', label: 'data(label)' } },
      { selector: '.centre', style: { width: 24, height: 24, 'font-weight': 'bold', label: 'data(label)' } },
      { selector: 'edge.path', style: { 'line-color': '#dc2626', width: 3 } },
      { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#dc2626', label: 'data(label)' } },
    ],
  });
  cy.getElementById(centre).addClass('centre');
  layout(cy, centre);
  return cy;
}

/** layout spreads a small graph with a force layout and places a large one (up to the 500-node cap) in rings by distance from the centre, which is fast. */
function layout(cy: Core, centre: string): void {
  if (cy.nodes().length <= 60) {
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 80000, idealEdgeLength: () => 90 }).run();
    return;
  }
  const root = cy.getElementById(centre);
  // roots takes a collection, though the typings say only string[].
  const roots = root.nonempty() ? (root as unknown as string[]) : undefined;
  cy.layout({ name: 'breadthfirst', circle: true, roots, animate: false, spacingFactor: 0.9, avoidOverlap: false }).run();
}

function refresh(s: State, truncated: boolean): void {
  s.cy.nodes().toggleClass('quiet', s.cy.nodes().length > 150);
  s.status.textContent = `${s.cy.nodes().length} ${t('nodes')} · ${s.cy.edges().length} ${t('edges')}${truncated ? ' · ' + t('truncated') : ''}`;
  s.list.replaceChildren(...s.cy.nodes().map((n) => h('li', {},
    h('button', { type: 'button', class: 'node', 'data-id': n.id(), onclick: () => choose(s, n.id()) },
      h('span', { class: 'dot', style: `background:${n.data('colour')}`, 'aria-hidden': 'true' }), `${n.data('label')} (${kindName(n.data('kind'))}${where(n.id())})`))));
}

function choose(s: State, id: string): void {
  const n = s.cy.getElementById(id);
  s.cy.elements().unselect();
  n.select();
  const kind = n.data('kind') as string;
  s.panel.replaceChildren(
    h('h2', {}, t('selected')), h('p', {}, h('span', { class: 'kind kind-' + kind }, kindName(kind)), ' ', n.data('label')),
    h('p', { class: 'id' }, id),
    link(openPath(id), t('open')), ' ',
    h('button', { type: 'button', onclick: () => void expand(s, id) }, t('expand')), ' ',
    h('button', { type: 'button', onclick: () => void showPaths(s, id) }, `${t('findPaths')} ← ${s.centre}`));
}

/** where names the ward and year of a plan part's id (shared nodes have none). */
function where(id: string): string {
  const parts = id.split('/');
  return parts.length >= 3 && /^\d{4}(-draft)?$/.test(parts[2]) ? ` · ${parts[1]} ${parts[2]}` : '';
}

/** openPath opens a plan part in the plan reader and a shared node as the centre of the graph. */
function openPath(id: string): string {
  const parts = id.split('/');
  if (parts.length >= 3 && /^\d{4}(-draft)?$/.test(parts[2])) return planPath(parts.slice(0, 3).join('/'), id);
  return withParams('/graph', { id });
}

async function expand(s: State, id: string): Promise<void> {
  const data = await gql<{ neighborhood: { compact: Compact } }>(neighbourhoodQuery, { id, depth: 1 });
  const fresh = elements(data.neighborhood.compact).filter((e) => s.cy.getElementById(e.data.id as string).empty());
  s.cy.add(fresh);
  layout(s.cy, s.centre);
  refresh(s, data.neighborhood.compact.truncated);
  choose(s, id);
}

async function showPaths(s: State, to: string): Promise<void> {
  const data = await gql<{ paths: PathT[] }>(pathsQuery, { from: s.centre, to, maxLength: 4 });
  s.cy.elements().removeClass('path');
  for (const p of data.paths) {
    s.cy.add(p.nodes.filter((n) => s.cy.getElementById(n.id).empty()).map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, colour: kindColours[n.kind] ?? '#111827' } })));
    for (const e of p.edges) {
      const eid = `${e.from}|${e.type}|${e.to}`;
      if (s.cy.getElementById(eid).empty()) s.cy.add({ data: { id: eid, source: e.from, target: e.to, type: e.type } });
      s.cy.getElementById(eid).addClass('path');
    }
    for (const n of p.nodes) s.cy.getElementById(n.id).addClass('path');
  }
  const box = h('section', { class: 'paths', 'aria-label': t('paths') }, h('h2', {}, `${t('paths')}: ${s.centre} → ${to}`),
    data.paths.length ? h('ol', {}, ...data.paths.map((p) => h('li', {}, p.nodes.map((n) => n.label).join(' — ')))) : h('p', {}, t('noPaths')));
  s.panel.append(box);
}

function legend(): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': t('kind') }, ...Object.entries(kindColours).map(([k, c]) =>
    h('li', {}, h('span', { class: 'dot', style: `background:${c}`, 'aria-hidden': 'true' }), kindName(k))));
}
