// GraphiQL at /graphiql, bundled (no CDN). ?query= and ?variables= open a
// view's query; the fetcher posts to /graphql on the same origin.
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const defaultQuery = `# wardgraph: 大阪市 区運営方針 (出典: 大阪市ホームページ)
{
  plan(ward: "西区", fiscalYear: 2017) {
    title
    goal { text slogan }
    budgetTotalYen
  }
}
`;

async function fetcher(body: unknown): Promise<unknown> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
}

createRoot(document.getElementById('graphiql') as HTMLElement).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={defaultQuery}
    query={params.get('query') ?? undefined}
    variables={params.get('variables') ?? undefined}
    defaultEditorToolsVisibility={params.has('variables')}
    shouldPersistHeaders={false}
  />,
);
