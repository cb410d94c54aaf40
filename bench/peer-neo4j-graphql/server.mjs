// The @neo4j/graphql peer: @neo4j/graphql 7 + Apollo Server 5 (standalone)
// over the graph `wardgraph load --neo4j` wrote, with the type definitions
// of typedefs.graphql. No resolvers of our own: @neo4j/graphql turns each
// query into one Cypher statement.
//
//	NEO4J_URI=bolt://127.0.0.1:PORT [NEO4J_USERNAME=… NEO4J_PASSWORD=…] node server.mjs PORT
//
// Listens on 127.0.0.1:PORT, POST /graphql.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const [port] = process.argv.slice(2);
const uri = process.env.NEO4J_URI;
if (!port || !uri) {
  console.error('usage: NEO4J_URI=bolt://HOST:PORT node server.mjs PORT');
  process.exit(2);
}
const auth = process.env.NEO4J_USERNAME
  ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD ?? '')
  : undefined;
const driver = neo4j.driver(uri, auth);
await driver.verifyConnectivity();
const typeDefs = readFileSync(new URL('./typedefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, csrfPrevention: false, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(port) },
  context: async () => (process.env.NEO4J_DATABASE ? { cypherQueryOptions: {}, sessionConfig: { database: process.env.NEO4J_DATABASE } } : {}),
});
console.log(`peer-neo4j-graphql: GraphQL at ${url}graphql on ${uri}`);
const stop = async () => { await server.stop(); await driver.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
