// Full-text search as wardgraph ranks it (search.go: ScoreLower, Snippet),
// by scanning every text: the plain way.
const SNIPPET_RADIUS = 24;
// Go's unicode.IsSpace, which strings.Fields splits on.
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export function searchTerms(text) {
  return text.toLowerCase().split(SPACE).filter((t) => t !== '');
}

function count(s, t) {
  let n = 0;
  for (let at = s.indexOf(t); at >= 0; at = s.indexOf(t, at + t.length)) n++;
  return n;
}

// scoreLower scores a lower-cased text of length code points, or returns -1.
export function scoreLower(terms, lower, length) {
  let score = 0;
  for (const t of terms) {
    const n = count(lower, t);
    if (n === 0) return -1;
    score += (1 + Math.log(n)) * [...t].length;
  }
  score = score / (1 + Math.log1p(length / 40));
  return Math.round(score * 1e6) / 1e6;
}

export function snippet(text, lower, term) {
  let at = lower.indexOf(term);
  if (at < 0 || Buffer.byteLength(lower) !== Buffer.byteLength(text)) at = text.indexOf(term);
  if (at < 0) at = 0;
  const before = [...text.slice(0, at)];
  const after = [...text.slice(at)];
  const start = Math.max(0, before.length - SNIPPET_RADIUS);
  const end = Math.min(after.length, [...term].length + SNIPPET_RADIUS);
  let s = (before.slice(start).join('') + after.slice(0, end).join('')).split(SPACE).filter((w) => w !== '').join(' ');
  if (start > 0) s = '…' + s;
  if (end < after.length) s += '…';
  return s;
}

// search returns the first best hits: highest score first, ties by node id.
export function search(texts, query, first) {
  const terms = searchTerms(query.normalize('NFKC'));
  const hits = [];
  for (const t of texts) {
    const score = scoreLower(terms, t.lower, t.length);
    if (score >= 0) hits.push({ score, t });
  }
  hits.sort((a, b) => b.score - a.score || (a.t.node.id < b.t.node.id ? -1 : a.t.node.id > b.t.node.id ? 1 : 0));
  return hits.slice(0, first).map(({ score, t }) => ({ score, node: t.node, snippet: snippet(t.node.text, t.lower, terms[0]) }));
}
