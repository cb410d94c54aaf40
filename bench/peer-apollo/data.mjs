// Loads what the peer serves: the plan files of a folder (the plan file
// format wardgraph export writes), the graph projection and the ward list
// written by bench/peerdata. Everything is kept in memory as plain objects.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// load reads DIR/plans/*.json, DIR/graph.json and DIR/wards.json.
export function load(dir) {
  const files = readdirSync(join(dir, 'plans')).filter((f) => f.endsWith('.json'));
  const plans = files.map((f) => JSON.parse(readFileSync(join(dir, 'plans', f), 'utf8')));
  plans.sort(comparePlans);
  const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
  const wards = JSON.parse(readFileSync(join(dir, 'wards.json'), 'utf8'));
  const initiatives = [];
  for (const p of plans) {
    for (const is of p.issues ?? []) {
      for (const st of is.strategies ?? []) {
        for (const init of st.initiatives ?? []) {
          init.plan = p; // the parent, for Initiative.plan and the filters
          init.issueNumber = is.number;
          initiatives.push(init);
        }
      }
    }
  }
  return { plans, initiatives, wards, ...indexGraph(graph) };
}

// comparePlans is wardgraph's plan order: ward code, fiscal year, final first.
function comparePlans(a, b) {
  return cmp(a.ward.code, b.ward.code) || a.fiscalYear - b.fiscalYear || Number(a.draft) - Number(b.draft);
}

export function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// indexGraph keeps nodes by id, each node's edges, and the searchable texts
// lower-cased with their length in code points.
function indexGraph(graph) {
  const nodes = new Map();
  const adj = new Map();
  const texts = [];
  for (const n of graph.nodes) {
    nodes.set(n.id, n);
    adj.set(n.id, { out: [], in: [] });
    if (n.text) texts.push({ node: n, lower: n.text.toLowerCase(), length: [...n.text].length });
  }
  for (const e of graph.edges) {
    adj.get(e.from).out.push(e);
    if (e.to !== e.from) adj.get(e.to).in.push(e);
  }
  return { nodes, adj, texts };
}

// lookupWard finds a ward by name, romaji (any case), code or id.
export function lookupWard(wards, name) {
  const low = name.toLowerCase().replace(/-ku$/, '');
  return wards.find((w) => w.name === name || w.name === name + '区' || w.nameRomaji.toLowerCase() === low ||
    w.code === name || w.id === name) ?? null;
}
