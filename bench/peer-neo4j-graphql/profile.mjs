// PROFILEs Cypher statements on the benchmark's Neo4j: total database hits,
// rows and server time of each, to say where a query's time goes.
//
//	NEO4J_URI=bolt://127.0.0.1:17787 node bench/peer-neo4j-graphql/profile.mjs STATEMENTS.json
//
// STATEMENTS.json is a list of {name, cypher, params} or {name, file,
// params} (file: a .cypher file, relative to the repository root). Each is
// run three times; the last run's profile is printed (the first plans and
// warms the caches).
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

const root = new URL('../../', import.meta.url);
const [list] = process.argv.slice(2);
const driver = neo4j.driver(process.env.NEO4J_URI);

// ints sends whole numbers as Cypher integers (JavaScript numbers are floats).
function ints(v) {
  if (Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(ints);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ints(x)]));
  return v;
}

function hits(p) {
  return (p.dbHits ?? 0) + (p.children ?? []).reduce((t, c) => t + hits(c), 0);
}

// operators lists each plan operator with its own database hits, heaviest first.
function operators(p, out = []) {
  out.push(`${p.operatorType} ${p.dbHits}`);
  for (const c of p.children ?? []) operators(c, out);
  return out;
}

const session = driver.session({ defaultAccessMode: neo4j.session.READ });
try {
  for (const s of JSON.parse(readFileSync(list, 'utf8'))) {
    const cypher = s.cypher ?? readFileSync(new URL(s.file, root), 'utf8');
    let res;
    for (let i = 0; i < 3; i++) res = await session.run('PROFILE ' + cypher, ints(s.params ?? {}));
    const prof = res.summary.profile;
    const top = operators(prof).sort((a, b) => Number(b.split(' ').pop()) - Number(a.split(' ').pop())).slice(0, 4);
    console.log(`${s.name}: ${hits(prof)} db hits, ${res.records.length} rows, ${res.summary.resultAvailableAfter.toNumber()} ms to first row, ` +
      `${res.summary.resultConsumedAfter.toNumber()} ms to consume; heaviest operators: ${top.join(', ')}`);
  }
} finally {
  await session.close();
  await driver.close();
}
