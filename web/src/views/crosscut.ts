// Cross-cutting partners, topics and target groups (crossCutting): which
// reach most issues and wards.
import { gql } from '../api';
import { formValues, heading, input, planPath, plans, select, wardNames, yearOptions } from '../common';
import { h, link } from '../dom';
import { kindName, t } from '../i18n';
import { navigate, withParams } from '../nav';

interface Cut {
  via: { __typename: string; id: string; name?: string };
  issueCount: number; wardCount: number;
  wards: { name: string }[];
  issues: { id: string; number: number; title: string; plan: { id: string; ward: { name: string }; fiscalYear: number } }[];
}

const query = `query CrossCutting($ward: String, $fiscalYear: Int, $minIssues: Int, $minWards: Int) {
  crossCutting(ward: $ward, fiscalYear: $fiscalYear, minIssues: $minIssues, minWards: $minWards) {
    via { __typename id ... on Partner { name } ... on Topic { name } ... on TargetGroup { name } }
    issueCount wardCount wards { name }
    issues { id number title plan { id fiscalYear ward { name } } }
  }
}`;

/** render draws /crosscut?ward=&year=&minIssues=&minWards=. */
export async function render(el: HTMLElement, url: URL): Promise<void> {
  const p = (k: string, d = '') => url.searchParams.get(k) ?? d;
  const ward = p('ward'), year = p('year'), minIssues = p('minIssues', '2'), minWards = p('minWards', '1');
  const ps = await plans();
  const form = h('form', { class: 'filters' },
    select('ward', t('ward'), wardNames(ps).map((w) => ({ value: w, label: w })), ward, t('any')),
    select('year', t('year'), yearOptions(ps), year, t('any')),
    input('minIssues', t('minIssues'), minIssues, { type: 'number', min: '1', size: '4' }),
    input('minWards', t('minWards'), minWards, { type: 'number', min: '1', size: '4' }),
    h('button', { type: 'submit' }, t('show')));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate(withParams('/crosscut', formValues(form))); });
  const data = await gql<{ crossCutting: Cut[] }>(query, {
    ward: ward || null, fiscalYear: year ? Number(year) : null, minIssues: Number(minIssues), minWards: Number(minWards),
  });
  const cuts = [...data.crossCutting].sort((a, b) => b.issueCount - a.issueCount || b.wardCount - a.wardCount);
  el.append(heading(t('crosscut')), form, h('p', { class: 'count', role: 'status' }, `${cuts.length} ${t('nodes')}`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'crosscut' },
      h('thead', {}, h('tr', {}, ...[t('via'), t('kind'), t('issueCount'), t('ward'), t('issues')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...cuts.map((c) => h('tr', {},
        h('th', { scope: 'row' }, link(withParams('/graph', { id: c.via.id }), c.via.name ?? c.via.id)),
        h('td', {}, kindName(c.via.__typename)), h('td', { class: 'num' }, c.issueCount),
        h('td', {}, `${c.wardCount}: ${c.wards.map((w) => w.name).join('、')}`),
        h('td', {}, issueList(c.issues))))))));
}

const shown = 5;

/** issueList lists the first issues and folds the rest into a <details>. */
function issueList(issues: Cut['issues']): HTMLElement {
  const item = (i: Cut['issues'][number]) =>
    h('li', {}, link(planPath(i.plan.id, i.id), `${i.plan.ward.name} ${i.plan.fiscalYear} ${t('issue')}${i.number} ${i.title}`));
  const list = h('ul', { class: 'compact' }, ...issues.slice(0, shown).map(item));
  if (issues.length <= shown) return list;
  return h('div', {}, list, h('details', {}, h('summary', {}, `+${issues.length - shown}`),
    h('ul', { class: 'compact' }, ...issues.slice(shown).map(item))));
}
