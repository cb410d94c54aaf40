// A tiny element builder: text is always set as text, never as HTML.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** h creates an element with attributes (on* are listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** link is an in-app link: the router handles the click (history API). */
export function link(href: string, ...children: (Child | Child[])[]): HTMLAnchorElement {
  return h('a', { href, 'data-nav': true }, ...children);
}

/** yen formats an amount of yen with thousands separators; null is "no amount". */
export function yen(amount: number | null | undefined, none: string): string {
  if (amount === null || amount === undefined) return none;
  return amount.toLocaleString('ja-JP') + ' 円';
}

/** highlight returns text with every occurrence of the words marked. */
export function highlight(text: string, words: string[]): (Node | string)[] {
  const ws = words.map((w) => w.normalize('NFKC').toLowerCase()).filter((w) => w.length > 0);
  if (ws.length === 0) return [text];
  const norm = text.normalize('NFKC').toLowerCase();
  if (norm.length !== text.length) return markIn(norm, ws); // NFKC changed lengths: mark the normalised text
  return markIn(text, ws, norm);
}

function markIn(text: string, words: string[], lower = text): (Node | string)[] {
  const out: (Node | string)[] = [];
  let i = 0;
  while (i < text.length) {
    let hit = '';
    for (const w of words) if (lower.startsWith(w, i) && w.length > hit.length) hit = w;
    if (hit) {
      out.push(h('mark', {}, text.slice(i, i + hit.length)));
      i += hit.length;
      continue;
    }
    const start = i;
    while (i < text.length && !words.some((w) => lower.startsWith(w, i))) i++;
    out.push(text.slice(start, i));
  }
  return out;
}
