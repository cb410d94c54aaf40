// Browser tests of the explorer and GraphiQL in Debian's chromium, against
// `wardgraph serve` with the bundled data and with a larger multi-ward set.
// Every test fails on a console error or a request to another host.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { browser, build, cleanup, serve, shot, shots, synthSet } from './harness.mjs';

const port = Number(process.env.WARDGRAPH_E2E_PORT ?? 17410);
const bin = build();
const sets = [
  { name: 'bundled', args: [], port, year: 2017, searchWard: '', searchYear: '' },
  { name: 'multiward', args: ['--data', synthSet()], port: port + 1, year: 2019, searchWard: '西区', searchYear: '2017' },
];
after(cleanup);

async function gql(base, query, variables = {}) {
  const r = await fetch(base + '/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** parseCSV reads RFC 4180 CSV (quoted cells, CRLF). */
function parseCSV(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'CSV must end with CRLF');
  return rows;
}

for (const set of sets) {
  describe(`explorer on the ${set.name} data`, () => {
    let server, b;
    before(async () => {
      server = await serve(bin, set.port, set.args);
      b = await browser(server.base);
    });
    after(async () => {
      await b?.close();
      server?.stop();
      assert.deepEqual(b?.problems ?? [], [], 'console errors or foreign requests');
    });
    const url = (p) => server.base + p;

    test('search 民生委員 → 2-4-2 → evidence → neighbourhood → compare → CSV', async () => {
      const { page } = b;
      await page.goto(url('/'));
      // Keyboard only: the skip link comes first, then the search field.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
      await page.getByLabel('検索語').focus();
      await page.keyboard.type('民生委員');
      if (set.searchWard) await page.locator('#f-ward').selectOption(set.searchWard);
      if (set.searchYear) await page.locator('#f-year').selectOption(set.searchYear);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\?q=/);
      const hit = page.locator('li.hit').filter({ hasText: '2-4-2' }).filter({ hasText: '西区' }).first();
      await hit.waitFor();
      assert.match(await hit.locator('mark').first().innerText(), /民生委員/);
      await shot(page, `${set.name}-search`);

      await hit.locator('a').click();
      await page.waitForURL(/\/plan\/osaka\/nishi\/2017#/);
      const init = page.locator('[id="osaka/nishi/2017/initiative/2-4-2"]');
      await init.waitFor();
      assert.ok(await init.evaluate((el) => el.classList.contains('focus')), 'the hit is highlighted in the plan');
      const evidence = init.locator('dd.evidence').filter({ hasText: '民生委員' }).first();
      assert.match(await evidence.innerText(), /民生委員.*行 \d+/s);
      assert.match(await init.locator('table.budgets').innerText(), /13,667,000 円/);
      assert.match(await page.locator('main').innerText(), /出典: 大阪市ホームページ/);
      assert.ok(await page.locator('a[href^="https://www.city.osaka.lg.jp/"]').count() > 0, 'link to the city page');
      await shot(page, `${set.name}-plan`, false);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `${set.name}-plan-top`, false);

      await init.getByRole('link', { name: '近傍グラフ' }).click();
      await page.waitForURL(/\/graph\?id=/);
      await page.locator('.nodelist button', { hasText: '民生委員・児童委員' }).first().waitFor();
      assert.ok(await page.locator('.cy canvas').count() > 0, 'cytoscape drew on a canvas');
      await page.locator('.nodelist button', { hasText: '民生委員・児童委員' }).first().click();
      await page.getByRole('button', { name: /経路を探す/ }).click();
      await page.locator('.paths li').first().waitFor();
      await page.getByRole('button', { name: '隣接を展開' }).click();
      await page.waitForFunction(() => /ノード/.test(document.querySelector('.count')?.textContent ?? ''));
      await shot(page, `${set.name}-graph`);

      await page.goto(url('/compare'));
      await page.getByLabel('区(カンマ区切り)').fill('西区,大正区');
      await page.locator('#f-year').fill(String(set.year));
      await page.locator('#f-year').press('Enter');
      await page.waitForURL(/wards=/);
      const table = page.locator('table.compare');
      await table.waitFor();
      const headers = await table.locator('thead th').allInnerTexts();
      assert.deepEqual(headers.slice(1), ['西区', '大正区']);
      const api = await gql(server.base, '{ c: compareWards(wards: ["西区","大正区"], fiscalYear: ' + set.year + ') { topics { topic { name } } } }');
      assert.equal(await table.locator('tbody tr').count(), api.c.topics.length);
      assert.ok(api.c.topics.length > 0);
      await page.locator('.chart svg').first().waitFor();
      assert.ok(await page.locator('.chart svg path').count() > 0, 'the chart drew bars');
      await shot(page, `${set.name}-compare`);

      await page.goto(url('/budgets?groupBy=ISSUE&ward=' + encodeURIComponent('西区') + '&year=2017'));
      await page.locator('table.buckets tbody tr').first().waitFor();
      await page.locator('.chart svg').first().waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSVをダウンロード' }).click()]);
      const csvPath = join(shots, `${set.name}-budgets.csv`);
      mkdirSync(shots, { recursive: true });
      await download.saveAs(csvPath);
      const bytes = readFileSync(csvPath);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const rows = parseCSV(bytes.subarray(3).toString('utf8'));
      const want = await gql(server.base, '{ b: budgetBreakdown(filter: {ward: "西区", fiscalYear: 2017}, groupBy: ISSUE) { key label amountYen initiativeCount } }');
      assert.deepEqual(rows, [['key', 'label', 'amountYen', 'initiativeCount'], ...want.b.map((x) => [x.key, x.label, String(x.amountYen), String(x.initiativeCount)])]);
      assert.deepEqual(rows[1].slice(1), ['1 地域コミュニティのさらなる活性化', '22268000', '1']);
      assert.equal(await page.locator('table.buckets tbody tr').count(), rows.length - 1);
      await shot(page, `${set.name}-budgets`);
    });

    test('compare years, cross-cutting, English switch', async () => {
      const { page } = b;
      const years = set.name === 'multiward' ? '2018,2019' : '2017';
      await page.goto(url('/compare?ward=' + encodeURIComponent('西区') + '&years=' + years));
      await page.locator('table.compare tbody tr').first().waitFor();
      assert.equal(await page.locator('table.compare thead th').count(), 1 + years.split(',').length);
      assert.match(await page.locator('table.compare thead').innerText(), set.name === 'multiward' ? /2018\(平成30年度\)[\s\S]*2019\(令和元年度\)/ : /2017\(平成29年度\)/);
      await shot(page, `${set.name}-compare-years`);
      await page.goto(url('/crosscut'));
      await page.locator('table.crosscut tbody tr').first().waitFor();
      const api = await gql(server.base, '{ crossCutting { via { id } } }');
      assert.equal(await page.locator('table.crosscut tbody tr').count(), api.crossCutting.length);
      await shot(page, `${set.name}-crosscut`, false);
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { name: 'Cross-cutting' }).waitFor();
      assert.match(await page.locator('#nav').innerText(), /Search[\s\S]*Budgets/);
      await shot(page, `${set.name}-crosscut-en`, false);
      await page.getByRole('button', { name: '日本語に切り替える' }).click();
      await page.getByRole('heading', { name: '横断' }).waitFor();
    });

    test('GraphiQL at /graphiql renders and runs the view\'s query', async () => {
      const { page } = b;
      await page.goto(url('/search?q=' + encodeURIComponent('子育て')));
      await page.locator('li.hit').first().waitFor();
      const href = await page.locator('.heading a.graphiql').getAttribute('href');
      assert.match(href, /^\/graphiql\?query=/);
      await page.goto(url(href));
      // Run once GraphiQL has the query in its editor and the schema loaded (the docs button is enabled).
      await page.locator('.graphiql-query-editor').filter({ hasText: 'search(text:' }).waitFor();
      await page.waitForFunction(() => !document.querySelector('.graphiql-execute-button')?.hasAttribute('disabled'));
      await page.waitForTimeout(200);
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response').filter({ hasText: '"search"' }).waitFor();
      assert.match(await page.locator('.graphiql-response').innerText(), /"snippet"/);
      await shot(page, `${set.name}-graphiql`);
    });

    test('a budget line printed as - shows no amount, never 0', async () => {
      const { page } = b;
      await page.goto(url('/plan/osaka/nishi/2017#osaka/nishi/2017/initiative/4-2-2'));
      const row = page.locator('[id="osaka/nishi/2017/initiative/4-2-2"] table.budgets tbody tr').first();
      await row.waitFor();
      assert.deepEqual(await row.locator('td').allInnerTexts(), ['予算額', '金額なし', '29年度予算額 -', await row.locator('td').nth(3).innerText()]);
      assert.ok(await page.evaluate(() => window.scrollY > 0), 'the deep link scrolled to the initiative');
    });

    test('deep links and a phone-width layout', async () => {
      const { page } = b;
      await page.setViewportSize({ width: 390, height: 844 });
      for (const [path, sel] of [['/plan/osaka/nishi/2017', 'article.issue'], ['/graph?id=' + encodeURIComponent('topic/防災'), '.nodelist button'], ['/budgets', 'table.buckets']]) {
        await page.goto(url(path));
        await page.locator(sel).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path}: the page is ${overflow}px wider than a phone`);
      }
      await shot(page, `${set.name}-phone-budgets`);
      await page.goto(url('/plan/osaka/nishi/2017'));
      await page.locator('article.issue').first().waitFor();
      await shot(page, `${set.name}-phone-plan`, false);
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    test('the graph stays usable at the neighbourhood cap', async () => {
      const { page } = b;
      const id = 'topic/地域コミュニティ'; // at depth 3 the multi-ward set reaches the 500-node cap
      const t0 = Date.now();
      await page.goto(url('/graph?id=' + encodeURIComponent(id) + '&depth=3'));
      await page.locator('.nodelist button').first().waitFor();
      const drawn = Date.now() - t0;
      const marks = await page.evaluate(() => Object.fromEntries(['wardgraph:graph-data', 'wardgraph:graph-drawn'].map((m) => [m, performance.getEntriesByName(m).at(-1)?.startTime ?? NaN])));
      const api = await gql(server.base, `{ neighborhood(id: "${id}", depth: 3) { truncated nodes { id } } }`);
      assert.equal(await page.locator('.nodelist button').count(), api.neighborhood.nodes.length);
      // Keyboard: select a node from the list, then open it.
      await page.locator('.nodelist button').nth(1).focus();
      await page.keyboard.press('Enter');
      await page.locator('.panel h2').waitFor();
      const line = `graph (${set.name}): ${api.neighborhood.nodes.length} nodes (truncated: ${api.neighborhood.truncated}), drawn ${drawn} ms after navigation (in the page: data at ${marks['wardgraph:graph-data'].toFixed(0)} ms, drawn at ${marks['wardgraph:graph-drawn'].toFixed(0)} ms)`;
      console.log(line);
      writeFileSync(join(shots, `${set.name}-graph-cap.txt`), line + '\n');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `${set.name}-graph-cap`, false);
    });

    test('first view: JavaScript size and time to interactive (measured, not asserted)', async () => {
      const page = await b.ctx.newPage();
      const scripts = [];
      page.on('response', async (r) => { if (r.request().resourceType() === 'script') scripts.push(r); });
      // Time to interactive: the page's own mark once the first view is drawn, median of 5 cold loads (cache off).
      const cdp = await b.ctx.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const ttis = [];
      for (let i = 0; i < 5; i++) {
        if (i > 0) scripts.length = 0;
        await page.goto(url('/'), { waitUntil: 'load' });
        await page.waitForFunction(() => performance.getEntriesByName('wardgraph:interactive').length > 0);
        ttis.push(await page.evaluate(() => performance.getEntriesByName('wardgraph:interactive')[0].startTime));
      }
      ttis.sort((x, y) => x - y);
      const tti = ttis[2];
      let raw = 0, gz = 0;
      for (const r of scripts) { const body = await r.body(); raw += body.length; gz += gzipSync(body, { level: 9 }).length; }
      const line = `first view (${set.name}): ${scripts.length} scripts, ${raw} bytes, ${gz} bytes gzipped; interactive at ${tti.toFixed(0)} ms (median of 5 cold loads: ${ttis.map((x) => x.toFixed(0)).join(', ')} ms)`;
      console.log(line);
      writeFileSync(join(shots, `${set.name}-first-view.txt`), line + '\n');
      assert.ok(scripts.length > 0 && gz > 0);
      await page.close();
    });
  });
}
