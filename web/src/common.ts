// Pieces every view shares: its heading with the GraphiQL button, the list
// of plans for filters, and the source credit.
import { gql } from './api';
import { h } from './dom';
import { t, wardName, yearLabel, type WardName } from './i18n';

/** PlanRef is a plan as filters and links need it. */
export interface PlanRef {
  id: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  draft: boolean;
  ward: WardName & { id: string };
}

let catalog: Promise<PlanRef[]> | null = null;

/** plans lists every plan once per page load (ward, year, label). */
export function plans(): Promise<PlanRef[]> {
  catalog ??= fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ plans { id fiscalYear fiscalYearLabel draft ward { id name nameRomaji } } }' }),
  }).then(async (r) => ((await r.json()) as { data: { plans: PlanRef[] } }).data.plans);
  return catalog;
}

/** heading is a view's title with its "open in GraphiQL" button. */
export function heading(title: string): HTMLElement {
  return h('div', { class: 'heading' },
    h('h1', {}, title),
    h('a', { class: 'graphiql button', href: '/graphiql', target: '_blank', rel: 'noopener' }, t('openGraphiql')));
}

/** wardsById maps the id of every ward with plans to its names. */
export async function wardsById(): Promise<Map<string, WardName>> {
  return new Map((await plans()).map((p) => [p.ward.id, p.ward]));
}

/** wardOptions are the wards with plans, in code order, for a select: the
 * value is the Japanese name (the server takes any name), the label is in
 * the current language. */
export function wardOptions(ps: PlanRef[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const p of ps) if (!seen.has(p.ward.name)) seen.set(p.ward.name, wardName(p.ward));
  return [...seen].map(([value, label]) => ({ value, label }));
}

/** yearOptions are the fiscal years with plans, 西暦 with 和暦. */
export function yearOptions(ps: PlanRef[]): { value: number; label: string }[] {
  const seen = new Map<number, string>();
  for (const p of ps) seen.set(p.fiscalYear, p.fiscalYearLabel);
  return [...seen].sort((a, b) => a[0] - b[0]).map(([v, l]) => ({ value: v, label: yearLabel(v, l) }));
}

/** select is a labelled <select>; "" is the any-value option when anyLabel is given. */
export function select(name: string, label: string, options: { value: string | number; label: string }[], current: string, anyLabel?: string): HTMLElement {
  const id = 'f-' + name;
  const sel = h('select', { id, name },
    anyLabel ? h('option', { value: '' }, anyLabel) : null,
    ...options.map((o) => h('option', { value: o.value, selected: String(o.value) === current }, o.label)));
  return h('label', { for: id }, label, ' ', sel);
}

/** input is a labelled text input. */
export function input(name: string, label: string, value: string, attrs: Record<string, string> = {}): HTMLElement {
  const id = 'f-' + name;
  return h('label', { for: id }, label, ' ', h('input', { id, name, value, ...attrs }));
}

/** formValues reads a form's fields as strings. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => (out[k] = String(v).trim()));
  return out;
}

/** planPath is the plan reader's URL of a plan id (and a part of it). */
export function planPath(planId: string, partId?: string): string {
  return '/plan/' + planId + (partId && partId !== planId ? '#' + partId : '');
}
