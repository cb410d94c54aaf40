// The neighbourhood walk as wardgraph does it (walk.go, memstore): links
// followed both ways level by level, each level sorted by id and cut at
// 500 nodes; then every link between the chosen nodes, by from, type, to.
import { cmp } from './data.mjs';

const MAX_NODES = 500;

export function neighborhood(db, start, depth) {
  const chosen = new Set([start]);
  let frontier = [start];
  let truncated = false;
  for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
    const next = [];
    for (const n of frontier) {
      const a = db.adj.get(n);
      for (const e of a.out) if (!chosen.has(e.to)) { chosen.add(e.to); next.push(e.to); }
      for (const e of a.in) if (!chosen.has(e.from)) { chosen.add(e.from); next.push(e.from); }
    }
    next.sort(cmp);
    const room = MAX_NODES - (chosen.size - next.length);
    if (next.length > room) {
      for (const n of next.slice(room)) chosen.delete(n);
      next.length = room;
      truncated = true;
    }
    frontier = next;
  }
  const ids = [...chosen].sort(cmp);
  const edges = [];
  for (const id of ids) {
    const mine = db.adj.get(id).out.filter((e) => chosen.has(e.to));
    mine.sort((a, b) => cmp(a.type, b.type) || cmp(a.to, b.to));
    edges.push(...mine);
  }
  return { nodes: ids.map((id) => db.nodes.get(id)), edges, truncated };
}
