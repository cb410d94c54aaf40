// Runs the GraphQL-over-HTTP audit suite (graphql-http's serverAudits)
// against a real `wardgraph serve` on 127.0.0.1: every MUST and every
// SHOULD audit must pass. MAY audits are reported, not required.
//
// WARDGRAPH_BIN names a built wardgraph binary; without it the test builds
// one from this checkout with `go build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serverAudits } from 'graphql-http';

const repo = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'wardgraph-audit-'));
let server;
let url;

// startServer starts `wardgraph serve` on a free loopback port and resolves
// with its /graphql URL once it has printed where it listens.
function startServer(bin) {
  return new Promise((resolvePromise, reject) => {
    server = spawn(bin, ['serve', '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/(127\.0\.0\.1:\d+)\//);
      if (m) resolvePromise(`http://${m[1]}/graphql`);
    });
    server.stderr.on('data', (chunk) => { err += chunk; });
    server.on('exit', (code) => reject(new Error(`wardgraph serve exited ${code}: ${err}`)));
  });
}

before(async () => {
  let bin = process.env.WARDGRAPH_BIN;
  if (!bin) {
    bin = join(tmp, 'wardgraph');
    execFileSync('go', ['build', '-o', bin, './cmd/wardgraph'], { cwd: repo, stdio: 'inherit' });
  }
  url = await startServer(bin);
});

after(() => {
  if (server) server.kill();
  rmSync(tmp, { recursive: true, force: true });
});

// The audits are built with a URL function, so the list exists before the
// server has started.
const audits = serverAudits({ url: () => url });
const level = (a) => a.name.split(' ')[0];
const results = new Map();

for (const a of audits.filter((x) => level(x) !== 'MAY')) {
  test(`${a.id} ${a.name}`, async () => {
    const r = await a.fn();
    results.set(a.id, r);
    assert.equal(r.status, 'ok', r.reason);
  });
}

test('MAY audits (reported, not required)', async () => {
  const may = audits.filter((x) => level(x) === 'MAY');
  let ok = 0;
  for (const a of may) {
    const r = await a.fn();
    if (r.status === 'ok') ok++;
    else console.log(`MAY not met: ${a.id} ${a.name}: ${r.reason}`);
  }
  console.log(`MAY ${ok}/${may.length}`);
});

test('13 MUST and 23 SHOULD audits, all passed', () => {
  for (const [want, count] of [['MUST', 13], ['SHOULD', 23]]) {
    const ids = audits.filter((a) => level(a) === want).map((a) => a.id);
    assert.equal(ids.length, count, `graphql-http lists ${ids.length} ${want} audits`);
    const passed = ids.filter((id) => results.get(id)?.status === 'ok').length;
    console.log(`${want} ${passed}/${count}`);
    assert.equal(passed, count);
  }
});
