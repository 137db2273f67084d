/**
 * The TypeScript blocks of README.md and docs/*.md, extracted for compiling against the built
 * package. The convention (docs/contributing-docs.md):
 * - a ```ts block is a whole module: it compiles against the built `wechatpay-chain` with the names
 *   of docs/snippet-prelude.d.ts (`client`, `appid` …) in scope, and may use top-level await;
 * - a ```ts partial block is deliberately incomplete (a signature, an excerpt, a shape) and is shown only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CodeBlock {
  /** Repo-relative markdown file. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  flags: string[];
  code: string;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([\w-]*)([^\n`]*)$/;

/** Every fenced block of a markdown text (nested fences inside longer fences are kept as text). */
export function codeBlocks(text: string, file: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const out: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const m = FENCE.exec(lines[i] as string);
    if (!m) continue;
    const [, indent, fence, lang, rest] = m as unknown as [string, string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const l = lines[j] as string;
      if (l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, '') === '' && l.trim().length >= fence.length) break;
      body.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
    }
    out.push({ file, line: i + 1, lang: lang.toLowerCase(), flags: rest.trim().split(/\s+/).filter(Boolean), code: body.join('\n') });
    i = j;
  }
  return out;
}

/** The markdown files whose TypeScript blocks are compiled: README.md and docs/*.md (not the generated docs/openapi pages). */
export function documentedFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => `docs/${n}`);
  return ['README.md', ...docs];
}

/** TypeScript blocks to compile (```ts / ```typescript without the `partial` flag) of the documented files. */
export function compiledBlocks(root: string): CodeBlock[] {
  return documentedFiles(root)
    .flatMap((file) => codeBlocks(readFileSync(join(root, file), 'utf8'), file))
    .filter((b) => (b.lang === 'ts' || b.lang === 'typescript') && !b.flags.includes('partial'));
}
