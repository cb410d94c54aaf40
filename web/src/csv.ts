// CSV for spreadsheets: RFC 4180 quoting, CRLF, UTF-8 with a BOM so Excel
// reads Japanese correctly.

/** toCSV joins rows into CSV text starting with a byte-order mark. */
export function toCSV(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** downloadLink is an <a download> for the CSV text. */
export function downloadLink(name: string, label: string, rows: (string | number)[][]): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'button';
  a.download = name;
  a.textContent = label;
  a.href = URL.createObjectURL(new Blob([toCSV(rows)], { type: 'text/csv;charset=utf-8' }));
  return a;
}
