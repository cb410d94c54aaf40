// Plain resolvers over the plans in memory: each field reads the plan
// objects as the plan files hold them; nothing is cached between requests.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { lookupWard } from './data.mjs';
import { search } from './search.mjs';
import { neighborhood } from './walk.mjs';
import { compareWards } from './compare.mjs';

const money = new GraphQLScalarType({
  name: 'Money',
  serialize: (v) => v,
  parseValue: (v) => Number(v),
  parseLiteral: (ast) => (ast.kind === Kind.INT || ast.kind === Kind.STRING ? Number(ast.value) : null),
});

// The types of graph nodes that search hits and Node fields resolve to.
const nodeTypes = { Partner: 'Partner', Topic: 'Topic', TargetGroup: 'TargetGroup', Program: 'Program', Plan: 'Plan',
  Goal: 'Goal', Mission: 'Mission', Policy: 'Policy', Issue: 'Issue', Strategy: 'Strategy', Initiative: 'Initiative',
  ReformItem: 'ReformItem', Department: 'Department', Budget: 'Budget' };

const orNull = (s) => (s === undefined || s === '' ? null : s);
const sumBudget = (budgets, kind = 'BUDGET') =>
  (budgets ?? []).reduce((t, b) => (b.kind === kind && b.amountYen != null ? t + b.amountYen : t), 0);
const uniqueLinks = (links, kind) => {
  const seen = new Set();
  return (links ?? []).filter((l) => l.kind === kind && !seen.has(l.name) && seen.add(l.name));
};

export function resolvers(db) {
  const ward = (name) => {
    const w = lookupWard(db.wards, name);
    if (!w) throw new GraphQLError(`unknown ward "${name}"`, { extensions: { code: 'INVALID' } });
    return w;
  };
  return {
    Money: money,
    Node: { __resolveType: (n) => nodeTypes[n.label] },
    Query: {
      plan: (_, { ward: name, fiscalYear, draft }) => {
        const w = ward(name);
        const ps = db.plans.filter((p) => p.ward.id === w.id && p.fiscalYear === fiscalYear && (draft == null || p.draft === draft));
        return ps.find((p) => !p.draft) ?? ps[0] ?? null;
      },
      initiatives: (_, { filter = {}, first = 20, after }) => initiativePage(db, filter, first, after, ward),
      search: (_, { text, first }) => search(db.texts, text, first),
      compareWards: (_, { wards, fiscalYear }) => compareWards(db, wards.map(ward), fiscalYear),
      neighborhood: (_, { id, depth }) => {
        if (!db.nodes.has(id)) throw new GraphQLError(`node "${id}" not found`, { extensions: { code: 'NOT_FOUND' } });
        return neighborhood(db, id, depth);
      },
    },
    Plan: {
      missions: (p) => p.missions ?? [],
      policy: (p) => orNull(p.policy),
      issues: (p) => p.issues ?? [],
      reformItems: (p) => p.reformItems ?? [],
      budgetTotalYen: (p, { kind }) => p.issues?.reduce((t, is) =>
        t + (is.strategies ?? []).reduce((u, st) => u + (st.initiatives ?? []).reduce((v, i) => v + sumBudget(i.budgets, kind), 0), 0), 0) ?? 0,
      contact: (p) => p.contact ?? null,
      source: (p) => p.source,
    },
    Goal: { slogan: (g) => orNull(g.slogan) },
    Issue: { strategies: (is) => is.strategies ?? [], description: (is) => is.description ?? '' },
    Strategy: { initiatives: (st) => st.initiatives ?? [], description: (st) => st.description ?? '' },
    Initiative: {
      description: (i) => i.description ?? '',
      fiscalYear: (i) => i.plan.fiscalYear,
      budgets: (i) => i.budgets ?? [],
      budgetYen: (i, { kind }) => sumBudget(i.budgets, kind),
      partners: (i) => uniqueLinks(i.links, 'PARTNER').map((l) => ({ id: 'partner/' + l.name, name: l.name, kind: orNull(l.category) })),
      topics: (i) => uniqueLinks(i.links, 'TOPIC').map((l) => ({ id: 'topic/' + l.name, name: l.name })),
    },
    Budget: { fiscalYear: (b) => (b.fiscalYear ? b.fiscalYear : null), amountYen: (b) => b.amountYen ?? null },
    ReformItem: { program: (r) => ({ id: 'program/' + r.program, name: r.program }) },
    Department: { name: (d) => d.department, phone: (d) => orNull(d.phone) },
    Source: { url: (s) => s.url ?? '', pageNumber: (s) => s.pageNumber ?? '' },
    GraphNode: { kind: (n) => n.label, label: (n) => n.name },
  };
}

const encodeCursor = (i) => Buffer.from('wg1:' + i).toString('base64url');

function decodeCursor(c) {
  if (!c) return 0;
  const s = Buffer.from(c, 'base64url').toString();
  const n = Number(s.slice(4));
  if (!s.startsWith('wg1:') || !Number.isInteger(n) || n < 0) throw new GraphQLError(`invalid cursor "${c}"`);
  return n + 1;
}

// initiativePage filters every initiative (in plan order, then document
// order) and returns one page of a connection.
function initiativePage(db, f, first, after, ward) {
  const w = f.ward ? ward(f.ward) : null;
  const partner = f.partner ? f.partner.normalize('NFKC') : '';
  const low = partner.toLowerCase();
  const all = db.initiatives.filter((i) => (!w || i.plan.ward.id === w.id) &&
    (!f.fiscalYear || i.plan.fiscalYear === f.fiscalYear) && (!f.issue || i.issueNumber === f.issue) &&
    (!partner || (i.links ?? []).some((l) => l.kind === 'PARTNER' && ('partner/' + l.name === partner || l.name.toLowerCase().includes(low)))));
  const start = Math.min(decodeCursor(after), all.length);
  const end = Math.min(start + Math.max(first, 0), all.length);
  const edges = all.slice(start, end).map((node, k) => ({ cursor: encodeCursor(start + k), node }));
  return {
    edges, nodes: edges.map((e) => e.node), totalCount: all.length,
    pageInfo: { hasNextPage: end < all.length, hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

