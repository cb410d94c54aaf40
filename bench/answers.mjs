// Helpers of the answer checks: POST a body, find where two answers differ.

// post POSTs a JSON body and returns the status and the body text, without
// the trailing newline Apollo Server adds (gqlgen adds none).
export async function post(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, text: (await res.text()).replace(/\n$/, '') };
}

// firstDiff returns the path of the first difference between two values,
// or null when they are equal.
export function firstDiff(x, y, path = '$') {
  if (typeof x !== typeof y || Array.isArray(x) !== Array.isArray(y) || (x === null) !== (y === null)) {
    return `${path}: ${JSON.stringify(x)?.slice(0, 200)} vs ${JSON.stringify(y)?.slice(0, 200)}`;
  }
  if (x === null || typeof x !== 'object') return x === y ? null : `${path}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
  const kx = Object.keys(x), ky = Object.keys(y);
  if (kx.join() !== ky.join()) {
    return `${path}: keys ${kx.slice(0, 20)} vs ${ky.slice(0, 20)}${Array.isArray(x) ? ` (lengths ${x.length} vs ${y.length})` : ''}`;
  }
  for (const k of kx) {
    const d = firstDiff(x[k], y[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
