// Budgets: budgetBreakdown by issue, strategy, topic, partner, ward or year,
// as a chart and a table, downloadable as CSV.
import { gql } from '../api';
import { barChart } from '../chart';
import { formValues, heading, plans, select, wardOptions, yearOptions } from '../common';
import { downloadLink } from '../csv';
import { h, link, yen } from '../dom';
import { t, wardName } from '../i18n';
import { navigate, withParams } from '../nav';
import { budgetKindName } from './plan';

// amountYen is null when no line of the bucket has an amount (all printed -): no amount, not 0.
interface Bucket { key: string; label: string; amountYen: number | null; initiativeCount: number; node: { id: string; name?: string; nameRomaji?: string } | null }

const query = `query Budgets($filter: InitiativeFilter, $groupBy: BudgetGroup!, $kind: BudgetKind) {
  budgetBreakdown(filter: $filter, groupBy: $groupBy, kind: $kind) { key label amountYen initiativeCount node { id ... on Ward { name nameRomaji } } }
}`;
const groups = ['ISSUE', 'STRATEGY', 'TOPIC', 'PARTNER', 'WARD', 'FISCAL_YEAR'];
const groupNames: Record<string, string> = { ISSUE: '経営課題 issue', STRATEGY: '主な戦略 strategy', TOPIC: 'テーマ topic', PARTNER: '連携先 partner', WARD: '区 ward', FISCAL_YEAR: '年度 year' };
const kinds = ['BUDGET', 'WARD_CM', 'ESTIMATE', 'SETTLED'];

/** render draws /budgets?groupBy=&kind=&ward=&year=. */
export async function render(el: HTMLElement, url: URL): Promise<void> {
  const p = (k: string, d = '') => url.searchParams.get(k) ?? d;
  const groupBy = p('groupBy', 'TOPIC'), kind = p('kind', 'BUDGET'), ward = p('ward'), year = p('year');
  const ps = await plans();
  const form = h('form', { class: 'filters' },
    select('groupBy', t('groupBy'), groups.map((g) => ({ value: g, label: groupNames[g] })), groupBy),
    select('kind', t('budgetKind'), kinds.map((k) => ({ value: k, label: budgetKindName(k) })), kind),
    select('ward', t('ward'), wardOptions(ps), ward, t('any')),
    select('year', t('year'), yearOptions(ps), year, t('any')),
    h('button', { type: 'submit' }, t('show')));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate(withParams('/budgets', formValues(form))); });
  const filter: Record<string, unknown> = {};
  if (ward) filter.ward = ward;
  if (year) filter.fiscalYear = Number(year);
  const data = await gql<{ budgetBreakdown: Bucket[] }>(query, { filter, groupBy, kind });
  const bs = data.budgetBreakdown.map((b) => ({ ...b, label: bucketLabel(b) }));
  // No amount is an empty cell, never 0.
  const rows: (string | number)[][] = [['key', 'label', 'amountYen', 'initiativeCount'], ...bs.map((b) => [b.key, b.label, b.amountYen ?? '', b.initiativeCount])];
  const name = `wardgraph-budgets-${groupBy}-${kind}${ward ? '-' + ward : ''}${year ? '-' + year : ''}.csv`;
  el.append(heading(t('budgets')), form,
    h('p', {}, downloadLink(name, t('downloadCSV'), rows)),
    barChart(t('chart'), bs.map((b) => b.label), [{ name: budgetKindName(kind), values: bs.map((b) => b.amountYen) }]),
    h('div', { class: 'table-wrap' }, h('table', { class: 'buckets' },
      h('caption', {}, `${groupNames[groupBy]} · ${budgetKindName(kind)}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('label')), h('th', { scope: 'col' }, t('amount')), h('th', { scope: 'col' }, t('initiativeCount')))),
      h('tbody', {}, ...bs.map((b) => h('tr', {},
        h('th', { scope: 'row' }, b.node ? link(withParams('/graph', { id: b.node.id }), b.label) : b.label),
        h('td', { class: 'num' }, yen(b.amountYen, t('noAmount'))), h('td', { class: 'num' }, b.initiativeCount)))))));
}

/** bucketLabel is a bucket's label, a ward's in the current language. */
function bucketLabel(b: Bucket): string {
  const n = b.node;
  return n && n.name !== undefined && n.nameRomaji !== undefined ? wardName({ name: n.name, nameRomaji: n.nameRomaji }) : b.label;
}
