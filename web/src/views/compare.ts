// Compare wards for a year (compareWards) or years for a ward
// (compareYears): a ward × topic table with counts and budgets, a chart of
// budgets by topic, and the shared partners.
import { gql } from '../api';
import { barChart } from '../chart';
import { formValues, heading, input, planPath } from '../common';
import { h, link, yen } from '../dom';
import { t, wardName, yearLabel, type WardName } from '../i18n';
import { navigate, withParams } from '../nav';

interface PlanC { id: string; fiscalYear: number; fiscalYearLabel: string; ward: WardName }
interface Comparison {
  plans: PlanC[];
  topics: { topic: { id: string; name: string }; cells: { issueCount: number; initiativeCount: number; budgetYen: number | null }[] }[];
  sharedPartners: { id: string; name: string }[];
}

const fields = `plans { id fiscalYear fiscalYearLabel ward { name nameRomaji } }
    topics { topic { id name } cells { issueCount initiativeCount budgetYen } }
    sharedPartners { id name }`;
const wardsQuery = `query CompareWards($wards: [String!]!, $fiscalYear: Int!) {
  compareWards(wards: $wards, fiscalYear: $fiscalYear) { ${fields} }
}`;
const yearsQuery = `query CompareYears($ward: String!, $fiscalYears: [Int!]!) {
  compareYears(ward: $ward, fiscalYears: $fiscalYears) { ${fields} }
}`;

const list = (s: string) => s.split(/[,、\s]+/).map((x) => x.trim()).filter(Boolean);

/** render draws /compare?wards=&year= or /compare?ward=&years=. */
export async function render(el: HTMLElement, url: URL): Promise<void> {
  const byYears = url.searchParams.has('years');
  const wards = url.searchParams.get('wards') ?? '西区,大正区';
  const year = url.searchParams.get('year') ?? '2017';
  const ward = url.searchParams.get('ward') ?? '西区';
  const years = url.searchParams.get('years') ?? '';
  const wardForm = h('form', { class: 'filters', 'aria-label': t('compareWards') },
    h('strong', {}, t('compareWards')), input('wards', t('wards'), wards), input('year', t('year'), year, { inputmode: 'numeric', size: '6' }),
    h('button', { type: 'submit' }, t('compare')));
  const yearForm = h('form', { class: 'filters', 'aria-label': t('compareYears') },
    h('strong', {}, t('compareYears')), input('ward', t('ward'), ward, { size: '8' }), input('years', t('years'), years),
    h('button', { type: 'submit' }, t('compare')));
  for (const f of [wardForm, yearForm]) f.addEventListener('submit', (e) => { e.preventDefault(); navigate(withParams('/compare', formValues(f))); });
  el.append(heading(t('compare')), wardForm, yearForm);
  const c = byYears
    ? (await gql<{ compareYears: Comparison }>(yearsQuery, { ward, fiscalYears: list(years).map(Number) })).compareYears
    : (await gql<{ compareWards: Comparison }>(wardsQuery, { wards: list(wards), fiscalYear: Number(year) })).compareWards;
  drawComparison(el, c, byYears);
}

function drawComparison(el: HTMLElement, c: Comparison, byYears: boolean): void {
  const col = (p: PlanC) => (byYears ? yearLabel(p.fiscalYear, p.fiscalYearLabel) : wardName(p.ward));
  const table = h('table', { class: 'compare' },
    h('caption', {}, `${t('topic')} × ${byYears ? t('year') : t('ward')}: ${t('issueCount')} / ${t('initiativeCount')} / ${t('budget')}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('topic')),
      ...c.plans.map((p) => h('th', { scope: 'col' }, link(planPath(p.id), col(p)))))),
    h('tbody', {}, ...c.topics.map((row) => h('tr', {},
      h('th', { scope: 'row' }, link(withParams('/graph', { id: row.topic.id }), row.topic.name)),
      ...row.cells.map((cell) => h('td', { class: 'num' },
        h('span', { title: t('issueCount') }, cell.issueCount), ' / ',
        h('span', { title: t('initiativeCount') }, cell.initiativeCount), ' / ',
        h('span', { title: t('budget') }, yen(cell.budgetYen, t('noAmount')))))))));
  const chart = barChart(t('chart'), c.topics.map((r) => r.topic.name),
    c.plans.map((p, i) => ({ name: col(p), values: c.topics.map((r) => r.cells[i].budgetYen) })));
  el.append(h('div', { class: 'table-wrap' }, table), h('h2', {}, t('chart')), chart,
    h('h2', {}, t('sharedPartners')),
    c.sharedPartners.length ? h('ul', { class: 'shared' }, ...c.sharedPartners.map((p) => h('li', {}, link(withParams('/graph', { id: p.id }), p.name)))) : h('p', {}, t('none')));
}
