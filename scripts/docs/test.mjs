// `npm run test:docs`: build the site, check every internal link, then browse it in headless
// Chromium (the system's, driven by puppeteer-core): the seed page renders as a page, search finds
// it, and a sample of operation pages and every guide load without console errors. Screenshots go
// to build/docs/. Without Chromium the browser part is skipped with a one-line reason.
// `--no-build` reuses docs/.vitepress/dist.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './build.mjs';
import { checkLinks } from './links.mjs';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'docs/.vitepress/dist');
const shots = join(root, 'build/docs');
const SEED = '/openapi/v3/offlineface/face-collections.html';
const SPELLINGS = [
  ['异步纯链式', 'client.v3.offlineface.faceCollections.getAsync('],
  ['异步声明式', "client.chain('v3/offlineface/face-collections').getAsync("],
  ['异步属性式', "client['v3/offlineface/face-collections'].getAsync("],
  ['同步纯链式', 'await client.v3.offlineface.faceCollections.get('],
  ['同步声明式', "await client.chain('v3/offlineface/face-collections').get("],
  ['同步属性式', "await client['v3/offlineface/face-collections'].get("],
];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✔' : '✘'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p));
}

/** Every page built from a markdown file: the guides and the operation pages. */
function pagesOf() {
  const guides = readdirSync(dist)
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => `/${f}`);
  const operations = [];
  const walk = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith('.html')) operations.push(`${prefix}${e.name}`);
    }
  };
  for (const top of ['v2', 'v3', 'hk', 'global']) if (existsSync(join(dist, 'openapi', top))) walk(join(dist, 'openapi', top), `/openapi/${top}/`);
  operations.sort();
  return { guides, operations };
}

/** Open `path` and collect what went wrong while it loaded: console errors, page errors, failed requests. */
async function visit(page, base, path) {
  const problems = [];
  const onConsole = (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  };
  const onError = (e) => problems.push(`page error: ${e.message}`);
  const onFailed = (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  const onResponse = (r) => {
    if (r.status() >= 400 && r.url().startsWith(base)) problems.push(`${r.status()} ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  try {
    await page.goto(`${base}${encodeURI(path)}`, { waitUntil: 'networkidle0', timeout: 30_000 });
    // Hydration has happened once the theme's app element is interactive.
    await page.waitForSelector('#app .VPContent', { timeout: 10_000 });
  } catch (err) {
    problems.push(`load: ${err.message}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
  return problems;
}

async function seedPage(page, base) {
  const problems = await visit(page, base, SEED);
  check('face-collections page loads without console errors', problems.length === 0, problems.join('; '));
  const h1 = await page.$eval('.vp-doc h1', (e) => e.textContent.replace(/\u200b|#/g, '').trim());
  check('face-collections shows its front-matter title', h1 === '查询重采用户列表' || (/^查询重采/.test(h1) && !h1.includes('{{')), `h1 "${h1}"`);
  const title = await page.title();
  check('the document title is the front-matter title', title.startsWith(h1), `"${title}"`);
  const description = await page.$eval('.vp-doc', (e) => e.textContent);
  check('the description from front-matter is shown', description.includes('离线刷脸业务中') && !description.includes('$frontmatter'));

  const labels = await page.$$eval('.vp-code-group .tabs label', (ls) => ls.map((l) => l.textContent.trim()));
  check('the code group has six tabs with the six spellings', JSON.stringify(labels) === JSON.stringify(SPELLINGS.map((s) => s[0])), labels.join(', '));
  let switched = 0;
  const tabs = await page.$$('.vp-code-group .tabs label');
  for (let i = SPELLINGS.length - 1; i >= 0; i -= 1) {
    await tabs[i].click();
    const shown = await page.$eval('.vp-code-group .blocks > .active', (b) => ({ text: b.textContent, visible: b.getBoundingClientRect().height > 0 }));
    const hidden = await page.$$eval('.vp-code-group .blocks > div:not(.active)', (bs) => bs.every((b) => b.getBoundingClientRect().height === 0));
    if (shown.visible && hidden && shown.text.includes(SPELLINGS[i][1])) switched += 1;
  }
  check('each tab, clicked, shows its own spelling and hides the others', switched === SPELLINGS.length, `${switched}/${SPELLINGS.length}`);

  const request = await page.evaluate(() => {
    const t = document.querySelector('table.im-table#request');
    if (!t) return undefined;
    const rows = Array.from(t.querySelectorAll('tbody tr')).map((r) => {
      const c = r.querySelector('td');
      return {
        name: c.textContent.trim(),
        indent: c.getAttribute('data-indent'),
        required: c.hasAttribute('data-required'),
        pad: parseFloat(getComputedStyle(c).paddingLeft),
        mark: getComputedStyle(c, '::after').content,
      };
    });
    const typeHead = t.querySelector('th.type');
    return { rows, typeHead: typeHead ? typeHead.textContent.trim() : undefined, tabindex: t.getAttribute('tabindex') };
  });
  check('the request table keeps its class and id', Boolean(request), request ? `${request.rows.length} rows` : 'no table.im-table#request');
  if (request) {
    const top = request.rows.find((r) => !r.indent);
    const children = request.rows.filter((r) => r.indent === '1');
    check(
      'nested request fields are indented under their parent',
      Boolean(top) && children.length >= 2 && children.every((c) => c.pad > top.pad + 8),
      children.map((c) => `${c.name} ${c.pad}px`).join(', ') + (top ? ` vs ${top.name} ${top.pad}px` : ''),
    );
    const required = request.rows.filter((r) => r.required);
    check(
      'required fields are marked',
      required.length > 0 && required.every((r) => r.mark.includes('必填')),
      required.map((r) => `${r.name} ${r.mark}`).join(', '),
    );
    check('the type column is headed with its class', request.typeHead === '类型', String(request.typeHead));
  }
  const response = await page.$$eval('table.im-table#response tbody tr', (rs) => rs.map((r) => r.querySelector('td').getAttribute('data-indent')));
  check('the response table is there, its items indented', response.length >= 2 && response.includes('1'), `${response.length} rows`);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'face-collections.png'), fullPage: true });
}

async function search(page, base, query, expected, shot) {
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  await page.click('.VPNavBarSearch button');
  await page.waitForSelector('.VPLocalSearchBox input');
  await page.type('.VPLocalSearchBox input', query);
  let hrefs = [];
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    hrefs = await page.$$eval('.VPLocalSearchBox .results a', (as) => as.map((a) => a.getAttribute('href')));
    if (hrefs.some((h) => decodeURI(h ?? '').includes(expected))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const rank = hrefs.findIndex((h) => decodeURI(h ?? '').includes(expected));
  check(
    `search "${query}" finds the face-collections page`,
    rank >= 0,
    rank >= 0 ? `result ${rank + 1} of ${hrefs.length}` : `${hrefs.length} results: ${hrefs.slice(0, 5).join(' ')}`,
  );
  if (shot) await page.screenshot({ path: join(shots, shot) });
}

async function browse(base) {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('browser checks skipped: no chromium (apt-get install chromium, or set CHROMIUM_PATH)');
    return;
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'docs-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir: profile,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    console.log(`browser: ${await browser.version()} (${executablePath})`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await seedPage(page, base);
    await search(page, base, 'face-collections', 'face-collections', 'search-face-collections.png');
    await search(page, base, '查询重采', 'face-collections', 'search-chinese-title.png');

    const { guides, operations } = pagesOf();
    const step = operations.length / 50;
    const sample = Array.from({ length: Math.min(50, operations.length) }, (_, i) => operations[Math.floor(i * step)]);
    for (const [name, list] of [
      ['operation pages (sample of 50)', sample],
      ['guides and home', guides],
    ]) {
      const bad = [];
      for (const path of list) {
        const problems = await visit(page, base, path);
        const h1 = await page.$eval('.vp-doc h1, .VPHero .name', (e) => e.textContent).catch(() => '');
        if (h1.includes('{{')) problems.push(`raw title ${h1}`);
        if (problems.length) bad.push(`${path}: ${problems.join('; ')}`);
      }
      check(`${list.length} ${name} render without console errors`, bad.length === 0, bad.slice(0, 5).join(' | '));
    }
    console.log(`screenshots: ${shots}/`);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const seconds = buildSite();
    console.log(`docs: site built in ${seconds.toFixed(1)} s`);
  }
  const started = Date.now();
  const links = checkLinks(dist);
  check(
    `every internal link resolves (${links.links} links on ${links.pages} pages, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    links.broken.length === 0,
    `${links.broken.length} broken: ${links.broken
      .slice(0, 8)
      .map((b) => `${b.page} → ${b.href} (${b.why})`)
      .join('; ')}`,
  );
  check(
    'every page is reachable from the home page',
    links.unreachable.length === 0,
    `${links.unreachable.length} not: ${links.unreachable.slice(0, 8).join(', ')}`,
  );
  const server = await serve(dist);
  try {
    await browse(server.url);
  } finally {
    await server.close();
  }
  console.log(`docs: ${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`test:docs: ${err.stack ?? err}`);
  process.exitCode = 1;
});
