// Checks that two GraphQL servers answer the same bodies identically.
//
//	node bench/check-answers.mjs URL_A URL_B BODY.json...
//
// Each body is POSTed to both URLs. The answers must be byte-identical JSON
// once one trailing newline is removed (Apollo Server ends its bodies with
// "\n", gqlgen does not); if they are not, the first differing path is
// printed and the exit status is 1. An answer with "errors" fails too.
import { readFileSync } from 'node:fs';
import { firstDiff, post } from './answers.mjs';

const [a, b, ...bodies] = process.argv.slice(2);

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
