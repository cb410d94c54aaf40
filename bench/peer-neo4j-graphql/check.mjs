// Checks the Neo4j peer benchmark's answers before it is driven.
//
//	node bench/peer-neo4j-graphql/check.mjs WG_NEO4J WG_EMBEDDED NEO4J_GRAPHQL QUERIES_DIR
//
// For every pair NN-name.{wardgraph,neo4j-graphql}.json in QUERIES_DIR:
// wardgraph on Neo4j and wardgraph embedded must give byte-identical
// answers; the @neo4j/graphql answer, brought to wardgraph's shape
// (@neo4j/graphql returns every relationship as a list and "" as null, and
// lists without a document order are compared sorted), must equal
// wardgraph's. Exit status 1 on any difference or error.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { firstDiff, post } from '../answers.mjs';

const [wgNeo4j, wgEmbedded, peer, dir] = process.argv.slice(2);

const one = (l) => (Array.isArray(l) ? l[0] ?? null : l);
const byName = (l) => [...l].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const byID = (l) => [...l].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// blank turns "" into null everywhere: the two servers differ only there.
function blank(v) {
  if (v === '') return null;
  if (Array.isArray(v)) return v.map(blank);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blank(x)]));
  return v;
}

function initiative(i) {
  return { ...i, partners: byName(i.partners), topics: byName(i.topics) };
}

// shapes bring both answers of each query to one form: [wardgraph, peer].
const shapes = {
  nested: (w, n) => {
    const p = one(n.plans);
    const plan = { ...p, goal: one(p.goal), policy: one(p.policy)?.text ?? null, contact: one(p.contact), source: one(p.source),
      reformItems: p.reformItems.map((r) => ({ ...r, program: one(r.program) })) };
    const sortLinks = (pl) => ({ ...pl, issues: pl.issues.map((is) => ({ ...is, strategies: is.strategies.map((st) => ({ ...st, initiatives: st.initiatives.map(initiative) })) })) });
    return [sortLinks(w.plan), sortLinks(plan)];
  },
  filtered: (w, n) => [w.initiatives.nodes, n.initiatives],
  partner: (w, n) => {
    const p = one(n.partners);
    return [{ name: w.node.name, initiatives: byID(w.node.initiatives.nodes.map((i) => ({ ...i, plan: i.plan.id }))) },
      { name: p.name, initiatives: byID(p.initiatives) }];
  },
  count: (w, n) => [w.initiatives.totalCount, n.initiativesConnection.aggregate.count.nodes],
};

async function ask(url, file) {
  const r = await post(url, readFileSync(file, 'utf8'));
  const j = JSON.parse(r.text);
  if (r.status !== 200 || j.errors) throw new Error(`${url} ${file}: status ${r.status}, errors ${JSON.stringify(j.errors)?.slice(0, 400)}`);
  return { text: r.text, data: j.data };
}

let failed = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.wardgraph.json')).sort()) {
  const name = f.replace(/^\d+-/, '').replace('.wardgraph.json', '');
  try {
    const [a, b, c] = await Promise.all([ask(wgNeo4j, join(dir, f)), ask(wgEmbedded, join(dir, f)),
      ask(peer, join(dir, f.replace('.wardgraph.json', '.neo4j-graphql.json')))]);
    const [x, y] = shapes[name](a.data, c.data).map(blank);
    const d = a.text === b.text ? firstDiff(x, y) : `wardgraph on Neo4j vs embedded: ${firstDiff(JSON.parse(a.text), JSON.parse(b.text))}`;
    if (d) throw new Error(d);
    console.log(`ok   ${name}: wardgraph Neo4j = embedded (byte-identical, ${a.text.length} bytes) = @neo4j/graphql (${c.text.length} bytes, reshaped)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
