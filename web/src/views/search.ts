// Search: the search query, hits with ward, year, code and the matched words
// highlighted, filtered by ward and year on the server (search's ward and
// fiscalYear arguments: first counts the hits the filters keep).
import { gql } from '../api';
import { formValues, heading, input, planPath, plans, select, wardOptions, yearOptions } from '../common';
import { h, highlight, link } from '../dom';
import { kindName, t, wardName, yearLabel, type WardName } from '../i18n';
import { navigate, withParams } from '../nav';

interface Hit {
  score: number;
  snippet: string;
  code: string | null;
  fiscalYear: number | null;
  node: { __typename: string; id: string };
  ward: WardName | null;
  plan: { id: string; fiscalYearLabel: string; draft: boolean } | null;
}

const query = `query Search($text: String!, $first: Int, $ward: String, $fiscalYear: Int) {
  search(text: $text, first: $first, ward: $ward, fiscalYear: $fiscalYear) {
    score snippet code fiscalYear
    node { __typename id }
    ward { name nameRomaji }
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
    select('ward', t('ward'), wardOptions(ps), ward, t('any')),
    select('year', t('year'), yearOptions(ps), year, t('any')),
    h('button', { type: 'submit' }, t('go')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(withParams('/search', formValues(form)));
  });
  el.append(heading(t('search')), form);
  if (!q) return;
  // The server filters by ward and year before it ranks and counts first;
  // with a filter, shared nodes (no ward) are left out.
  const data = await gql<{ search: Hit[] }>(query, { text: q, first: 100, ward: ward || null, fiscalYear: year ? Number(year) : null });
  const hits = data.search;
  el.append(h('p', { class: 'count', role: 'status' }, `${hits.length} ${t('hits')}`));
  if (hits.length === 0) return void el.append(h('p', {}, t('noHits')));
  el.append(h('ol', { class: 'hits' }, ...hits.map((hit) => hitItem(hit, q.split(/\s+/)))));
}

function hitItem(hit: Hit, words: string[]): HTMLElement {
  const target = hit.plan ? planPath(hit.plan.id, hit.node.id) : withParams('/graph', { id: hit.node.id });
  const where = hit.ward && hit.fiscalYear !== null
    ? `${wardName(hit.ward)} ${yearLabel(hit.fiscalYear, hit.plan?.fiscalYearLabel)}${hit.plan?.draft ? ' ' + t('draft') : ''}`
    : t('shared');
  return h('li', { class: 'hit' },
    h('div', { class: 'meta' },
      h('span', { class: 'kind kind-' + hit.node.__typename }, kindName(hit.node.__typename)),
      ' ', where, hit.code ? h('span', { class: 'code' }, ' ' + hit.code) : null),
    link(target, h('span', { class: 'snippet' }, ...highlight(hit.snippet, words))),
    h('div', { class: 'id' }, hit.node.id));
}
