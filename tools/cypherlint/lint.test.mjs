// Tests of the Cypher lint: every deliberately broken statement in
// testdata/broken is reported with the diagnostic its "// expect:" header
// names, and the store's real statements pass with none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cypherFiles, lintFiles, lintText, loadSchema, declaredParams } from './lint.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const schema = loadSchema();
const brokenDir = join(here, 'testdata', 'broken');
const realDir = resolve(here, '../../neo4jstore/cypher');

for (const name of readdirSync(brokenDir).filter((f) => f.endsWith('.cypher')).sort()) {
  test(`broken statement ${name} is caught`, () => {
    const text = readFileSync(join(brokenDir, name), 'utf8');
    const expect = /^\/\/ expect: (.+)$/m.exec(text)?.[1];
    assert.ok(expect, `${name} has no "// expect:" header`);
    const diags = lintText(text, schema);
    assert.ok(diags.some((d) => d.message.includes(expect)),
      `${name}: no diagnostic contains "${expect}"; got ${JSON.stringify(diags.map((d) => d.message))}`);
  });
}

test('the store statements pass with zero diagnostics', () => {
  const files = cypherFiles([realDir]);
  assert.ok(files.length > 40, `only ${files.length} statement files in ${realDir}`);
  assert.deepEqual(lintFiles(files, schema), []);
});

test('a statement passes once its parameter is declared', () => {
  const body = 'MATCH (p:Plan {id: $planId})\nRETURN p.id AS id\n';
  assert.notDeepEqual(lintText(body, schema), []);
  assert.deepEqual(lintText('// param planId: STRING\n' + body, schema), []);
});

test('parameter declarations are read from the header', () => {
  const { params, problems } = declaredParams('// param ids: LIST<STRING>\n// param n: INTEGER\n// not a param\nRETURN 1');
  assert.deepEqual(Object.keys(params), ['ids', 'n']);
  assert.deepEqual(problems, []);
});

test('the schema names every label and relationship type of the Go side', () => {
  assert.ok(schema.labels.includes('Initiative') && schema.labels.includes('Entity'));
  assert.ok(schema.relationshipTypes.includes('IMPLEMENTED_BY'));
  assert.ok(schema.procedures['CYPHER 5']['db.index.fulltext.queryNodes']);
});
