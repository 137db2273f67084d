// The docs site: every hand-written page of docs/ and every generated operation page of
// docs/openapi/, with the sidebar built from the generated index (one group per business tag).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The guides in reading order; pages not listed follow alphabetically. */
const GUIDE_ORDER = [
  'chain',
  'typed-endpoints',
  'signing-and-verification',
  'errors',
  'notifications',
  'apiv2',
  'files',
  'certificates',
  'sensitive-data',
  'pay-sign',
  'helpers',
  'emulator',
  'multi-process',
  'migrating-from-wechatpay-php',
  'architecture',
];

function headingOf(file: string): string {
  const m = /^# (.+)$/m.exec(readFileSync(file, 'utf8'));
  return m ? (m[1] as string).replace(/`/g, '').trim() : file;
}

function guides(): DefaultTheme.SidebarItem[] {
  const names = readdirSync(docs)
    .filter((f) => f.endsWith('.md') && f !== 'index.md')
    .map((f) => f.slice(0, -3));
  const rank = (n: string) => (GUIDE_ORDER.includes(n) ? GUIDE_ORDER.indexOf(n) : GUIDE_ORDER.length);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((n) => ({ text: headingOf(join(docs, `${n}.md`)), link: `/${n}` }));
}

interface Tag {
  text: string;
  items: Array<{ text: string; link: string; key: string }>;
}

/** The business tags of docs/openapi/index.md, each with its operations in the index's order. */
function tags(): Tag[] {
  const out: Tag[] = [];
  for (const line of readFileSync(join(docs, 'openapi/index.md'), 'utf8').split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      out.push({ text: heading[1] as string, items: [] });
      continue;
    }
    const row = /^\| \[(.+?)\]\((.+?)\.md(#[\w-]+)?\) \| (\w+) \| `(.+?)` \|$/.exec(line);
    if (row && out.length) {
      const [, title, page, anchor, method, key] = row as unknown as string[];
      out[out.length - 1]?.items.push({ text: `${title} · ${method}`, link: `/openapi/${page}${anchor ?? ''}`, key: key as string });
    }
  }
  return out;
}

/** The sidebar section of a key: its first two segments (`v3/pay`), so each sidebar stays small. */
function sectionOf(key: string): string {
  return key
    .split('/')
    .slice(0, key.startsWith('hk/') || key.startsWith('global/') ? 3 : 2)
    .join('/');
}

function sidebar(): DefaultTheme.SidebarMulti {
  const guideGroup: DefaultTheme.SidebarItem = { text: 'Guides', items: guides() };
  const apiLinks: DefaultTheme.SidebarItem = {
    text: 'APIs',
    items: [
      { text: '接口索引 (all operations by tag)', link: '/openapi/' },
      { text: 'About the operation pages', link: '/openapi/README' },
      { text: 'Repairs of the OpenAPI data', link: '/openapi/repairs' },
    ],
  };
  const all = tags();
  // Each section's sidebar lists, tag by tag, the operations of that section only.
  const sections = new Map<string, Tag[]>();
  for (const tag of all) {
    for (const section of new Set(tag.items.map((i) => sectionOf(i.key)))) {
      const list = sections.get(section) ?? [];
      list.push({ text: tag.text, items: tag.items.filter((i) => sectionOf(i.key) === section) });
      sections.set(section, list);
    }
  }
  const out: DefaultTheme.SidebarMulti = {
    '/': [guideGroup, apiLinks, { text: 'Business tags', collapsed: true, items: all.map((t) => ({ text: t.text, link: t.items[0]?.link ?? '/openapi/' })) }],
  };
  // One sidebar per section: the guides (collapsed), then every tag with operations in the section.
  for (const [section, list] of sections) {
    out[`/openapi/${section}/`] = [
      { ...guideGroup, collapsed: true },
      apiLinks,
      ...list.map((t) => ({ text: t.text, collapsed: list.length > 3, items: t.items.map(({ text, link }) => ({ text, link })) })),
    ];
  }
  return out;
}

const FRONTMATTER = /\{\{\s*\$frontmatter\.(\w+)\s*\}\}/g;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export default defineConfig({
  title: 'wechatpay-chain',
  description: 'Chainable, typed WeChat Pay APIv3/APIv2 client for Node.js',
  lang: 'zh-CN',
  lastUpdated: false,
  // The site data (all sidebars) and page hashes go to one cached chunk instead of into every page.
  metaChunk: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/chain' },
      { text: '接口索引', link: '/openapi/' },
      { text: 'Emulator', link: '/emulator' },
    ],
    sidebar: sidebar(),
    outline: { level: [2, 3] },
    search: {
      provider: 'local',
      options: {
        // The index is built from the raw markdown: put the front-matter title and description in
        // place of `{{ $frontmatter.… }}`, so that an operation is found by its Chinese title.
        _render(src, env, md) {
          const html = md.render(src, env);
          const fm = (env.frontmatter ?? {}) as Record<string, unknown>;
          return html.replace(FRONTMATTER, (all, name: string) => (typeof fm[name] === 'string' ? escapeHtml(fm[name] as string) : all));
        },
      },
    },
  },
  markdown: {
    config(md) {
      // VitePress renders `<table tabindex="0">` and drops the table's attributes: keep the
      // `{.im-table #request}` class and id that the theme's table styles rely on.
      md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
        tokens[idx]?.attrSet('tabindex', '0');
        return self.renderToken(tokens, idx, options);
      };
      // VitePress renders each page more than once; highlighting dominates the build, so the
      // highlighted HTML of a block is kept by its language, attributes and text.
      const highlight = md.options.highlight;
      if (highlight) {
        const cache = new Map<string, string>();
        md.options.highlight = (code, lang, attrs) => {
          const key = `${lang}\u0000${attrs}\u0000${code}`;
          let html = cache.get(key);
          if (html === undefined) {
            html = highlight(code, lang, attrs);
            cache.set(key, html);
          }
          return html;
        };
      }
    },
  },
});
