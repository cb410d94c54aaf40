// The plan reader: a plan as its page structures it, with budget lines,
// links and their evidence sentences, source lines and the city's page.
import { gql } from '../api';
import { heading, planPath, plans } from '../common';
import { h, highlight, link, yen } from '../dom';
import { currentLang, t, yearLabel } from '../i18n';
import { withParams } from '../nav';

interface LinkT { kind: string; name: string; evidence: string; line: number | null; node: { id: string } }
interface BudgetT { kind: string; amountYen: number | null; raw: string; line: number | null }
interface Part { id: string; title: string; description: string | null; line: number | null; links: LinkT[] }
interface Initiative extends Part { code: string; budgets: BudgetT[] }
interface Strategy extends Part { code: string; initiatives: Initiative[] }
interface Issue extends Part { number: number; budgets: BudgetT[]; strategies: Strategy[] }
interface PlanT {
  id: string; title: string; fiscalYear: number; fiscalYearLabel: string; draft: boolean;
  ward: { name: string };
  source: { url: string | null; pageNumber: string | null; updatedOn: string | null; credit: string | null };
  goal: { id: string; text: string; slogan: string | null; line: number | null; links: LinkT[] } | null;
  missions: { id: string; number: number; text: string; line: number | null; links: LinkT[] }[];
  policyNode: { id: string; text: string; line: number | null; links: LinkT[] } | null;
  issues: Issue[];
  reformItems: { id: string; title: string; description: string | null; line: number | null; program: { name: string } }[];
  contact: { name: string; phone: string | null; address: string | null } | null;
  warnings: { line: number; message: string }[];
}

const links = 'links { kind name evidence line node { id } }';
const part = `id title description line ${links}`;
const budgets = 'budgets { kind amountYen raw line }';
const query = `query Plan($id: ID!) {
  node(id: $id) {
    ... on Plan {
      id title fiscalYear fiscalYearLabel draft
      ward { name }
      source { url pageNumber updatedOn credit }
      goal { id text slogan line ${links} }
      missions { id number text line ${links} }
      policyNode { id text line ${links} }
      issues {
        number ${part} ${budgets}
        strategies { code ${part} initiatives { code ${part} ${budgets} } }
      }
      reformItems { id title description line program { name } }
      contact { name phone address }
      warnings { line message }
    }
  }
}`;

const kindNames: Record<string, [string, string]> = {
  BUDGET: ['予算額', 'Budget'], WARD_CM: ['区CM予算額', 'Ward CM budget'],
  ESTIMATE: ['算定見込額', 'Estimate'], SETTLED: ['決算額', 'Settled'],
};

/** budgetKindName names a budget kind in the current language. */
export function budgetKindName(kind: string): string {
  return kindNames[kind]?.[currentLang() === 'ja' ? 0 : 1] ?? kind;
}

/** render draws /plan/{plan id}, or the list of plans for /plan. */
export async function render(el: HTMLElement, url: URL): Promise<void> {
  const id = decodeURIComponent(url.pathname.replace(/^\/plan\/?/, ''));
  if (!id) return planList(el);
  const data = await gql<{ node: PlanT | null }>(query, { id });
  if (!data.node || !('issues' in data.node)) throw new Error(`${t('notFound')}: ${id}`);
  drawPlan(el, data.node);
}

async function planList(el: HTMLElement): Promise<void> {
  const ps = await plans();
  el.append(heading(t('planList')), h('ul', { class: 'plans' }, ...ps.map((p) =>
    h('li', {}, link(planPath(p.id), `${p.ward.name} ${yearLabel(p.fiscalYear, p.fiscalYearLabel)}${p.draft ? ' ' + t('draft') : ''}`)))));
}

function drawPlan(el: HTMLElement, p: PlanT): void {
  el.append(heading(p.title),
    h('p', { class: 'meta' }, `${p.ward.name} · ${yearLabel(p.fiscalYear, p.fiscalYearLabel)}${p.draft ? ' · ' + t('draft') : ''} · `,
      p.source.url ? h('a', { href: p.source.url, rel: 'noopener' }, t('cityPage')) : null,
      p.source.pageNumber ? ` (${p.source.pageNumber})` : '', p.source.updatedOn ? ` ${p.source.updatedOn}` : '',
      ' · ', h('span', { class: 'credit-line' }, p.source.credit ?? '出典: 大阪市ホームページ'),
      ' · ', link(withParams('/graph', { id: p.id }), t('neighbourhood'))));
  if (p.goal) el.append(section(t('goal'), p.goal.id, p.goal.line,
    p.goal.slogan ? h('p', { class: 'slogan' }, `${t('slogan')}: 「${p.goal.slogan}」`) : null,
    h('p', {}, p.goal.text), linkList(p.goal.links)));
  if (p.missions.length) el.append(section(t('missions'), p.id + '/missions', null,
    h('ol', {}, ...p.missions.map((m) => h('li', { id: m.id }, m.text, lineRef(m.line), linkList(m.links))))));
  if (p.policyNode) el.append(section(t('policy'), p.policyNode.id, p.policyNode.line,
    h('p', { class: 'policy' }, p.policyNode.text), linkList(p.policyNode.links)));
  el.append(section(t('issues'), p.id + '/issues', null, ...p.issues.map(issue)));
  if (p.reformItems.length) el.append(section(t('reform'), p.id + '/reform', null,
    h('ul', {}, ...p.reformItems.map((r) => h('li', { id: r.id }, h('strong', {}, r.title), ` (${r.program.name})`, lineRef(r.line), r.description ? h('p', {}, r.description) : null)))));
  if (p.contact) el.append(section(t('contact'), p.id + '/contact', null,
    h('p', {}, [p.contact.name, p.contact.phone, p.contact.address].filter(Boolean).join(' / '))));
  if (p.warnings.length) el.append(section(t('warnings'), p.id + '/warnings', null,
    h('ul', {}, ...p.warnings.map((w) => h('li', {}, `${t('line')} ${w.line}: ${w.message}`)))));
}

function section(title: string, id: string, line: number | null, ...body: (Node | null)[]): HTMLElement {
  return h('section', { id, tabindex: '-1', 'aria-label': title }, h('h2', {}, title, lineRef(line)), ...body);
}

function issue(i: Issue): HTMLElement {
  return h('article', { class: 'issue', id: i.id, tabindex: '-1' },
    h('h3', {}, `${t('issue')}${i.number}: ${i.title}`, lineRef(i.line)),
    i.description ? h('p', {}, i.description) : null,
    budgetTable(i.budgets), linkList(i.links),
    ...i.strategies.map((s) => h('div', { class: 'strategy', id: s.id, tabindex: '-1' },
      h('h4', {}, `${t('strategy')} ${s.code}: ${s.title}`, lineRef(s.line)),
      s.description ? h('p', {}, s.description) : null, linkList(s.links),
      ...s.initiatives.map(initiative))));
}

function initiative(n: Initiative): HTMLElement {
  return h('div', { class: 'initiative', id: n.id, tabindex: '-1' },
    h('h5', {}, `${t('initiative')} ${n.code}: ${n.title}`, lineRef(n.line), ' ',
      link(withParams('/graph', { id: n.id }), t('neighbourhood'))),
    n.description ? h('p', {}, n.description) : null,
    budgetTable(n.budgets), linkList(n.links));
}

function budgetTable(bs: BudgetT[]): HTMLElement | null {
  if (!bs.length) return null;
  return h('table', { class: 'budgets' },
    h('caption', {}, t('budgetLines')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('kind')), h('th', { scope: 'col' }, t('amount')), h('th', { scope: 'col' }, t('raw')), h('th', { scope: 'col' }, t('line')))),
    h('tbody', {}, ...bs.map((b) => h('tr', {},
      h('td', {}, budgetKindName(b.kind)),
      h('td', { class: b.amountYen === null ? 'num none' : 'num' }, yen(b.amountYen, t('noAmount'))),
      h('td', {}, b.raw), h('td', { class: 'num' }, b.line ?? '')))));
}

const linkKinds: Record<string, 'partners' | 'topics' | 'targets'> = { PARTNER: 'partners', TOPIC: 'topics', TARGET_GROUP: 'targets' };

function linkList(ls: LinkT[]): HTMLElement | null {
  if (!ls.length) return null;
  return h('dl', { class: 'links' }, ...ls.flatMap((l) => [
    h('dt', {}, h('span', { class: 'kind kind-' + l.kind }, t(linkKinds[l.kind] ?? 'partners')), ' ',
      link(withParams('/graph', { id: l.node.id }), l.name)),
    h('dd', { class: 'evidence' }, h('q', {}, ...highlight(l.evidence, [l.name])), lineRef(l.line)),
  ]));
}

function lineRef(line: number | null): HTMLElement | null {
  return line ? h('span', { class: 'line' }, ` ${t('line')} ${line}`) : null;
}
