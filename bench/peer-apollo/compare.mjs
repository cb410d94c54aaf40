// compareWards as wardgraph computes it (analysis_funcs.go: Compare): per
// topic, the issues and initiatives of each plan linked to it and their
// BUDGET total (null when no BUDGET line of theirs has an amount); the partners
// two or more plans name.
import { GraphQLError } from 'graphql';
import { cmp } from './data.mjs';

const hasAmount = (bs) => (bs ?? []).some((b) => b.kind === 'BUDGET' && b.amountYen != null);
const sumBudget = (bs) => (bs ?? []).reduce((t, b) => (b.kind === 'BUDGET' && b.amountYen != null ? t + b.amountYen : t), 0);

export function compareWards(db, wards, fiscalYear) {
  const plans = wards.map((w) => {
    const ps = db.plans.filter((p) => p.ward.id === w.id && p.fiscalYear === fiscalYear);
    const p = ps.find((x) => !x.draft) ?? ps[0];
    if (!p) throw new GraphQLError(`${w.name} has no plan for fiscal year ${fiscalYear}`, { extensions: { code: 'NOT_FOUND' } });
    return p;
  });
  const topics = new Map();
  plans.forEach((p, i) => {
    for (const [id, s] of topicStats(p)) {
      if (!topics.has(id)) topics.set(id, { topic: { id, name: s.name }, cells: plans.map((q) => ({ plan: q, issueCount: 0, initiativeCount: 0, budgetYen: null })) });
      Object.assign(topics.get(id).cells[i], { issueCount: s.issues.size, initiativeCount: s.initiatives, budgetYen: s.budget });
    }
  });
  return { fiscalYear, plans, topics: [...topics.values()].sort((a, b) => cmp(a.topic.name, b.topic.name)), sharedPartners: sharedPartners(plans) };
}

function topicStats(p) {
  const stats = new Map();
  const get = (l) => {
    const id = 'topic/' + l.name;
    if (!stats.has(id)) stats.set(id, { name: l.name, issues: new Set(), initiatives: 0, budget: null });
    return stats.get(id);
  };
  for (const is of p.issues ?? []) {
    for (const l of is.links ?? []) if (l.kind === 'TOPIC') get(l).issues.add(is.id);
    for (const st of is.strategies ?? []) {
      for (const i of st.initiatives ?? []) {
        for (const l of i.links ?? []) {
          if (l.kind !== 'TOPIC') continue;
          const s = get(l);
          s.issues.add(is.id);
          s.initiatives++;
          if (hasAmount(i.budgets)) s.budget = (s.budget ?? 0) + sumBudget(i.budgets);
        }
      }
    }
  }
  return stats;
}

function* partsLinks(p) {
  if (p.goal) yield p.goal.links;
  for (const m of p.missions ?? []) yield m.links;
  yield p.policyLinks;
  for (const is of p.issues ?? []) {
    yield is.links;
    for (const st of is.strategies ?? []) {
      yield st.links;
      for (const i of st.initiatives ?? []) yield i.links;
    }
  }
}

function sharedPartners(plans) {
  const count = new Map();
  const partner = new Map();
  for (const p of plans) {
    const seen = new Set();
    for (const links of partsLinks(p)) {
      for (const l of links ?? []) {
        const id = 'partner/' + l.name;
        if (l.kind !== 'PARTNER' || seen.has(id)) continue;
        seen.add(id);
        count.set(id, (count.get(id) ?? 0) + 1);
        partner.set(id, { id, name: l.name, kind: l.category || null });
      }
    }
  }
  return [...count].filter(([, n]) => n >= 2).map(([id]) => partner.get(id)).sort((a, b) => cmp(a.name, b.name));
}
