// The browser tests' harness: builds and starts `wardgraph serve` on
// 127.0.0.1, launches Debian's chromium through playwright-core, and
// records console errors and requests to any host other than the server.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const repo = resolve(import.meta.dirname, '../..');
export const shots = resolve(import.meta.dirname, 'screenshots');
const work = mkdtempSync(join(tmpdir(), 'wardgraph-e2e-'));

/** build compiles the server binary once and returns its path. */
export function build() {
  const bin = join(work, 'wardgraph');
  execFileSync('go', ['build', '-o', bin, './cmd/wardgraph'], { cwd: repo, stdio: 'inherit' });
  return bin;
}

/** synthSet writes the larger multi-ward set (web/e2e/synthset) and returns its folder. */
export function synthSet() {
  const dir = join(work, 'synth');
  execFileSync('go', ['run', './web/e2e/synthset', '-out', dir], { cwd: repo, stdio: 'inherit' });
  return dir;
}

/** serve starts `wardgraph serve` on 127.0.0.1:port and resolves once it answers. */
export async function serve(bin, port, args = []) {
  const proc = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`wardgraph serve exited: ${log}`);
    try {
      if ((await fetch(base + '/healthz')).ok) return { base, stop: () => proc.kill('SIGTERM'), log: () => log };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGTERM');
  throw new Error(`wardgraph serve did not answer on ${base}: ${log}`);
}

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync'];

/** browser launches chromium with a fresh profile; problems collects console errors and foreign requests. */
export async function browser(base, viewport = { width: 1280, height: 800 }) {
  const profile = mkdtempSync(join(work, 'profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: flags,
    viewport, acceptDownloads: true, locale: 'ja-JP',
  });
  const problems = [];
  const host = new URL(base).host;
  await ctx.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.host === host) return route.continue();
    problems.push(`request to another host: ${u.href}`);
    return route.abort();
  });
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  };
  ctx.on('page', watch);
  for (const p of ctx.pages()) watch(p);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return { ctx, page, problems, close: async () => { await ctx.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** shot saves a screenshot as screenshots/NAME.png: the whole page, or only the window with fullPage false. */
export async function shot(page, name, fullPage = true) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, name + '.png'), fullPage });
}

/** cleanup removes the temporary folder. */
export function cleanup() {
  rmSync(work, { recursive: true, force: true });
}
