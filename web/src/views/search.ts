// Search: the search query, hits with ward, year, code and the matched words
// highlighted, filtered by ward and year.
import { gql } from '../api';
import { formValues, heading, input, planPath, plans, select, wardNames, yearOptions } from '../common';
import { h, highlight, link } from '../dom';
import { kindName, t, yearLabel } from '../i18n';
import { navigate, withParams } from '../nav';

interface Hit {
  score: number;
  snippet: string;
  code: string | null;
  fiscalYear: number | null;
  node: { __typename: string; id: string };
  ward: { name: string } | null;
  plan: { id: string; fiscalYearLabel: string; draft: boolean } | null;
}

const query = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score snippet code fiscalYear
    node { __typename id }
    ward { name }
    plan { id fiscalYearLabel draft }
  }
}`;

/** render draws the search form and, with ?q=, the hits. */
export async function render(el: HTMLElement, url: URL): Promise<void> {
  const q = url.searchParams.get('q') ?? '';
  const ward = url.searchParams.get('ward') ?? '';
  const year = url.searchParams.get('year') ?? '';
  const ps = await plans();
  const form = h('form', { class: 'filters', role: 'search' },
    input('q', t('searchLabel'), q, { type: 'search', placeholder: t('searchPlaceholder'), required: 'true' }),
    select('ward', t('ward'), wardNames(ps).map((w) => ({ value: w, label: w })), ward, t('any')),
    select('year', t('year'), yearOptions(ps), year, t('any')),
    h('button', { type: 'submit' }, t('go')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(withParams('/search', formValues(form)));
  });
  el.append(heading(t('search')), form);
  if (!q) return;
  // Ward and year filter the hits the server ranked; shared nodes (no ward) stay.
  const data = await gql<{ search: Hit[] }>(query, { text: q, first: 100 });
  const hits = data.search.filter((hit) =>
    (!ward || !hit.ward || hit.ward.name === ward) && (!year || hit.fiscalYear === null || String(hit.fiscalYear) === year));
  el.append(h('p', { class: 'count', role: 'status' }, `${hits.length} ${t('hits')}`));
  if (hits.length === 0) return void el.append(h('p', {}, t('noHits')));
  el.append(h('ol', { class: 'hits' }, ...hits.map((hit) => hitItem(hit, q.split(/\s+/)))));
}

function hitItem(hit: Hit, words: string[]): HTMLElement {
  const target = hit.plan ? planPath(hit.plan.id, hit.node.id) : withParams('/graph', { id: hit.node.id });
  const where = hit.ward && hit.fiscalYear !== null
    ? `${hit.ward.name} ${yearLabel(hit.fiscalYear, hit.plan?.fiscalYearLabel)}${hit.plan?.draft ? ' ' + t('draft') : ''}`
    : t('shared');
  return h('li', { class: 'hit' },
    h('div', { class: 'meta' },
      h('span', { class: 'kind kind-' + hit.node.__typename }, kindName(hit.node.__typename)),
      ' ', where, hit.code ? h('span', { class: 'code' }, ' ' + hit.code) : null),
    link(target, h('span', { class: 'snippet' }, ...highlight(hit.snippet, words))),
    h('div', { class: 'id' }, hit.node.id));
}
