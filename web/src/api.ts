// The one way the explorer talks to the server: POST /graphql on the same
// origin. Every view registers the query it ran so "open in GraphiQL" can
// show it.

/** A GraphQL request: the query text and its variables. */
export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

let last: Request | null = null;

/** gql runs query with variables and returns data, or throws the errors' messages. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  last = { query, variables };
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`HTTP ${res.status}`);
  return body.data;
}

/** lastRequest is the view's most recent query, for GraphiQL. */
export function lastRequest(): Request | null {
  return last;
}

/** resetRequest forgets the last query (a view without one). */
export function resetRequest(): void {
  last = null;
}

/** graphiqlURL is /graphiql opened on req. */
export function graphiqlURL(req: Request | null): string {
  if (!req) return '/graphiql';
  const p = new URLSearchParams({ query: req.query, variables: JSON.stringify(req.variables, null, 2) });
  return '/graphiql?' + p.toString();
}
