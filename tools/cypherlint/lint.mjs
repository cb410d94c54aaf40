// Lints Cypher statement files with Neo4j's own Cypher front end
// (@neo4j-cypher/language-support): syntax, semantic analysis (unknown
// variables, wrong arity, deprecated syntax and functions), labels,
// relationship types and property keys missing from the schema, procedures
// and functions that do not exist, and parameters a file does not declare.
//
// Usage: node lint.mjs [--schema FILE] FILE|DIR...
// The schema (default ../../neo4jstore/schema.json) is written by the Go
// side (go test ./neo4jstore -run LintSchema -update) from the wardgraph
// constants, so the two cannot drift. Each file declares its parameters in
// header comments, one per line: "// param name: TYPE".
// Any diagnostic at all is printed as file:line:col: message and makes the
// exit status 1.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
export const defaultSchemaPath = resolve(here, '../../neo4jstore/schema.json');

const paramLine = /^\s*\/\/\s*param\s+([A-Za-z][A-Za-z0-9_]*)\s*:\s*(\S+)\s*$/;

// Example values of each declared type: the linter only needs the names.
const exampleValues = {
  STRING: '', INTEGER: 0, BOOLEAN: false, FLOAT: 0.5, MAP: {},
  'LIST<STRING>': [''], 'LIST<INTEGER>': [0], 'LIST<MAP>': [{}],
};

// declaredParams returns the parameters a file's header declares and the
// diagnostics of declarations with an unknown type.
export function declaredParams(text) {
  const params = {};
  const problems = [];
  text.split('\n').forEach((line, i) => {
    const m = paramLine.exec(line);
    if (!m) return;
    if (m[2] in exampleValues) params[m[1]] = exampleValues[m[2]];
    else problems.push({ line: i + 1, col: 1, message: `unknown parameter type ${m[2]}` });
  });
  return { params, problems };
}

// loadSchema reads the Go-written schema and completes it with Neo4j's own
// registry of built-in functions and of the procedures we call, from the
// package (the same registry its editor tooling is tested against).
export function loadSchema(path = defaultSchemaPath) {
  const s = JSON.parse(readFileSync(path, 'utf8'));
  const version = s.cypherVersion;
  const registry = testData.mockSchema;
  const functions = {};
  for (const [name, fn] of Object.entries(registry.functions[version])) {
    if (fn.isBuiltIn) functions[name] = fn;
  }
  const procedures = {};
  for (const name of s.procedures) {
    const proc = registry.procedures[version][name];
    if (!proc) throw new Error(`${path}: procedure ${name} is not in Neo4j's ${version} registry`);
    procedures[name] = proc;
  }
  return {
    labels: s.labels,
    relationshipTypes: s.relationshipTypes,
    propertyKeys: s.propertyKeys,
    graphSchema: s.graphSchema,
    functions: { [version]: functions },
    procedures: { [version]: procedures },
    defaultLanguage: version,
  };
}

// lintText returns the diagnostics of one statement file as
// {line, col, message} (1-based).
export function lintText(text, schema) {
  const { params, problems } = declaredParams(text);
  const { diagnostics, symbolTables } = lintCypherQuery(text, { ...schema, parameters: params },
    { consoleCommandsEnabled: false });
  const out = problems.concat(diagnostics.map((d) => ({
    line: d.range.start.line + 1, col: d.range.start.character + 1, message: d.message,
  })));
  if (symbolTables.length !== 1) {
    out.push({ line: 1, col: 1, message: 'a statement file must hold exactly one statement, without ;' });
  }
  return out;
}

// cypherFiles expands directories into their .cypher files, sorted.
export function cypherFiles(paths) {
  const out = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).filter((f) => f.endsWith('.cypher')).sort()) out.push(join(p, f));
    } else {
      out.push(p);
    }
  }
  return out;
}

// lintFiles lints every file and returns "file:line:col: message" lines.
export function lintFiles(files, schema) {
  const lines = [];
  for (const f of files) {
    for (const d of lintText(readFileSync(f, 'utf8'), schema)) {
      lines.push(`${f}:${d.line}:${d.col}: ${d.message.replace(/\s+/g, ' ')}`);
    }
  }
  return lines;
}

function main(argv) {
  let schemaPath = defaultSchemaPath;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--schema') schemaPath = argv[++i];
    else paths.push(argv[i]);
  }
  if (paths.length === 0) {
    console.error('usage: node lint.mjs [--schema FILE] FILE|DIR...');
    return 2;
  }
  const files = cypherFiles(paths);
  if (files.length === 0) {
    console.error(`no .cypher files in ${paths.join(' ')}`);
    return 1;
  }
  const lines = lintFiles(files, loadSchema(schemaPath));
  for (const l of lines) console.log(l);
  console.error(`cypherlint: ${files.length} files, ${lines.length} diagnostics`);
  return lines.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
