#!/usr/bin/env node
// Offline Cypher linter built on Neo4j's @neo4j-cypher/language-support.
//
// stdin:  {"statements": [{"name": "...", "query": "...", "parameters": {...}}],
//          "schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]}}
// stdout: [{"name": "...", "diagnostics": [{"severity", "message", "offsets", "range"}]}]
//
// Exit codes: 0 = linted (diagnostics, if any, are in the output); 2 = bad input.
// Nothing here touches the network: the parser and Neo4j's semantic analysis
// (compiled to JS) ship inside the npm package.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

// Cypher version assumed when a statement has no `CYPHER 5` / `CYPHER 25`
// prefix. The library's own default is also 'CYPHER 5'; we pin it explicitly
// because the project targets Neo4j 5.
const DEFAULT_LANGUAGE = 'CYPHER 5';

// vscode-languageserver DiagnosticSeverity numbers -> names.
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function fail(message) {
  process.stderr.write(`cypher-lint: ${message}\n`);
  process.exit(2);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function buildSchema(schema, parameters) {
  // Pass the whole schema through (labels, relationshipTypes, propertyKeys and
  // optionally functions, procedures, graphSchema, defaultLanguage). Note: the
  // library only warns about unknown labels/relationship types when BOTH
  // `labels` and `relationshipTypes` are given, and about unknown properties
  // only when `propertyKeys` is given.
  return {
    defaultLanguage: DEFAULT_LANGUAGE,
    ...schema,
    // Any non-undefined value declares the parameter; the value is only used
    // by the library as an example (it does not type-check against it).
    parameters: { ...(schema.parameters ?? {}), ...(parameters ?? {}) },
  };
}

function toOutput(d) {
  const out = {
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    offsets: d.offsets,
    range: d.range,
  };
  if (d.tags && d.tags.length) out.tags = d.tags;
  return out;
}

const raw = await readStdin();
let input;
try {
  input = JSON.parse(raw);
} catch (e) {
  fail(`stdin is not valid JSON: ${e.message}`);
}
if (!input || !Array.isArray(input.statements)) {
  fail('expected an object with a "statements" array');
}
const schema = input.schema ?? {};
if (typeof schema !== 'object' || Array.isArray(schema)) {
  fail('"schema" must be an object');
}

const results = input.statements.map((stmt, i) => {
  if (!stmt || typeof stmt.query !== 'string') {
    fail(`statement #${i} has no string "query"`);
  }
  const name = stmt.name ?? `statement_${i}`;
  const { diagnostics } = lintCypherQuery(
    stmt.query,
    buildSchema(schema, stmt.parameters),
    // Application queries, not cypher-shell/Browser scripts: `:param` etc.
    // are not valid here.
    { consoleCommandsEnabled: false },
  );
  return { name, diagnostics: diagnostics.map(toOutput) };
});

process.stdout.write(JSON.stringify(results, null, 2) + '\n');
