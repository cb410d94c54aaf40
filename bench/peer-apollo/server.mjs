// The Apollo peer: Apollo Server 5 (standalone, Node's http) + graphql-js 16
// with plain resolvers over wardgraph's exported plan files.
//
//	node server.mjs DATA_DIR PORT
//
// DATA_DIR is what bench/peerdata writes. Listens on 127.0.0.1:PORT, POST /graphql.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { load } from './data.mjs';
import { resolvers } from './resolvers.mjs';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) {
  console.error('usage: node server.mjs DATA_DIR PORT');
  process.exit(2);
}
const db = load(dir);
const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
const server = new ApolloServer({ typeDefs, resolvers: resolvers(db), csrfPrevention: false, introspection: false });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(port) } });
console.log(`peer-apollo: ${db.plans.length} plans, ${db.nodes.size} nodes; GraphQL at ${url}graphql`);
