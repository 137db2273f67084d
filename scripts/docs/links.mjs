// Link check of the built site, without a browser: every internal link of every page (sidebar,
// navigation and text) names a file of the site and, with a #fragment, an id on that page; and every
// page can be reached from the home page by following links.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileFor } from './serve.mjs';

function htmlFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(p, out);
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const decodeEntities = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Check `dir` (the built site); returns { pages, links, broken: [{ page, href, why }], unreachable: [page] }. */
export function checkLinks(dir) {
  const files = htmlFiles(dir);
  const pages = new Map();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const ids = new Set(Array.from(html.matchAll(/\sid="([^"]*)"/g), (m) => decodeEntities(m[1])));
    const hrefs = Array.from(html.matchAll(/<a\s[^>]*?href="([^"]*)"/g), (m) => decodeEntities(m[1]));
    pages.set(file, { ids, hrefs });
  }
  const broken = [];
  const edges = new Map();
  let links = 0;
  for (const [file, { hrefs }] of pages) {
    const page = `/${relative(dir, file).split(sep).join('/')}`;
    const targets = new Set();
    for (const href of hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // another site
      links += 1;
      const url = new URL(href, `http://site${page}`);
      const target = fileFor(dir, url.pathname);
      if (!target) {
        broken.push({ page, href, why: 'no such page' });
        continue;
      }
      targets.add(target);
      if (url.hash.length > 1) {
        let id;
        try {
          id = decodeURIComponent(url.hash.slice(1));
        } catch {
          id = url.hash.slice(1);
        }
        if (!pages.get(target)?.ids.has(id)) broken.push({ page, href, why: `no id "${id}" on ${relative(dir, target)}` });
      }
    }
    edges.set(file, targets);
  }
  // Reachability from the home page.
  const home = join(dir, 'index.html');
  const seen = new Set([home]);
  const todo = [home];
  while (todo.length) {
    for (const next of edges.get(todo.pop()) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
  }
  const unreachable = files.filter((f) => !seen.has(f) && !f.endsWith(`${sep}404.html`)).map((f) => relative(dir, f));
  return { pages: files.length, links, broken, unreachable };
}
