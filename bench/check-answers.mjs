// Checks that two GraphQL servers answer the same bodies identically.
//
//	node bench/check-answers.mjs URL_A URL_B BODY.json...
//
// Each body is POSTed to both URLs. The answers must be byte-identical JSON
// once one trailing newline is removed (Apollo Server ends its bodies with
// "\n", gqlgen does not); if they are not, the first differing path is printed and the exit status
// is 1. An answer with "errors" is a failure too.
import { readFileSync } from 'node:fs';

const [a, b, ...bodies] = process.argv.slice(2);

async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, text: (await res.text()).replace(/\n$/, '') };
}

// firstDiff returns the path of the first difference between two values.
function firstDiff(x, y, path = '$') {
  if (typeof x !== typeof y || Array.isArray(x) !== Array.isArray(y) || (x === null) !== (y === null)) return `${path}: ${JSON.stringify(x)?.slice(0, 200)} vs ${JSON.stringify(y)?.slice(0, 200)}`;
  if (x === null || typeof x !== 'object') return x === y ? null : `${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
  const kx = Object.keys(x), ky = Object.keys(y);
  if (kx.join() !== ky.join()) return `${path}: keys ${kx.slice(0, 20)} vs ${ky.slice(0, 20)}${Array.isArray(x) ? ` (lengths ${x.length} vs ${y.length})` : ''}`;
  for (const k of kx) {
    const d = firstDiff(x[k], y[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

let failed = 0;
for (const f of bodies) {
  const body = readFileSync(f, 'utf8');
  const [ra, rb] = await Promise.all([post(a, body), post(b, body)]);
  const ja = JSON.parse(ra.text), jb = JSON.parse(rb.text);
  const name = f.split('/').pop();
  if (ra.status !== 200 || rb.status !== 200 || ja.errors || jb.errors) {
    failed++;
    console.log(`FAIL ${name}: status ${ra.status}/${rb.status}, errors ${JSON.stringify(ja.errors ?? jb.errors)?.slice(0, 300)}`);
  } else if (ra.text !== rb.text) {
    failed++;
    console.log(`FAIL ${name}: answers differ (${ra.text.length} vs ${rb.text.length} bytes) at ${firstDiff(ja, jb) ?? 'formatting only'}`);
  } else {
    console.log(`ok   ${name}: byte-identical, ${ra.text.length} bytes`);
  }
}
process.exit(failed ? 1 : 0);
