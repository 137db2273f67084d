/**
 * Every TypeScript block of README.md and docs/*.md compiles against the built package, so no
 * documented sample can stop type-checking unnoticed. Each block is a module of its own; the names of
 * the snippet prelude below are in scope (docs/writing-docs.md describes the convention, including
 * the `partial` flag for blocks that are deliberately incomplete).
 */
import { expect } from 'chai';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { compiledBlocks, type CodeBlock } from './code-blocks';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist', 'cjs');

/**
 * Names every block may use without declaring them: each export of `wechatpay-chain` and
 * `wechatpay-chain/emulator`, and the placeholders the docs write for the reader's own values.
 */
const PLACEHOLDERS = `
  /** The client \`Builder.factory(…)\` returned. */
  const client: Chain.Client;
  const mchid: string;
  const mch_id: string;
  const appid: string;
  const serial: string;
  const secret: string;
  const apiv3Key: string;
  const privateKey: string;
  const certs: Record<string, string>;
  const outTradeNo: string;
  const out_trade_no: string;
  const out_refund_no: string;
  const transaction_id: string;
  const organization_id: string;
  const sub_mchid: string;
  const bill_date: string;
  const baseURL: string;
  const platformCertificatePem: string;
  const message: string;
  /** An APIv3 order body (\`json\` of \`v3/pay/transactions/native\`, \`jsapi\`, \`app\` …). */
  const order: Chain.OptionsOf<'v3/pay/transactions/native', 'post'>['json'] & { payer: { openid: string } };
  /** The reader's own records: every method takes and returns what the sample passes. */
  const orders: Records;
  const refunds: Records;
  /** A notification listener. */
  const fn: Chain.NotificationListener & Chain.V2NotificationListener;
  /** A key-management service that signs for the merchant. */
  const kms: { sign(message: string): Promise<string> };
  /** A caught error. */
  const err: Error;
  /** A verified notification. */
  const event: Chain.NotificationEvent;
  /** A logger. */
  const log: Record<'debug' | 'info' | 'warn' | 'error', (...args: unknown[]) => void>;
  /** The merchant TLS certificate and key (PEM) for APIv2 secapi calls. */
  const cert: string;
  const key: string;
  /** A running emulator. */
  const emulator: ChainEmulator.Emulator;
  const http: typeof import('node:http');
  const https: typeof import('node:https');
  interface Records { [action: string]: (...args: unknown[]) => Promise<unknown> }
  /** An Express application. */
  const app: import('express').Express;
  /** An incoming notification request and its raw body. */
  const req: import('node:http').IncomingMessage;
  const rawBody: Buffer;
`;

function prelude(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const main = Object.keys(require(join(DIST, 'index.js')) as object).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const emulator = Object.keys(require(join(DIST, 'emulator', 'index.js')) as object).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !main.includes(n));
  return `import type * as Chain from 'wechatpay-chain';
import type * as ChainEmulator from 'wechatpay-chain/emulator';
declare global {
${main.map((n) => `  const ${n}: typeof Chain.${n};`).join('\n')}
${emulator.map((n) => `  const ${n}: typeof ChainEmulator.${n};`).join('\n')}
${PLACEHOLDERS}}
export {};
`;
}

function fileName(b: CodeBlock): string {
  return `${b.file.replace(/[^A-Za-z0-9]+/g, '_')}_L${b.line}.ts`;
}

describe('docs: every TypeScript block of README.md and docs/*.md compiles against the built package', function () {
  this.timeout(120_000);
  const blocks = compiledBlocks(ROOT);

  it('finds the blocks (README.md and docs/*.md hold TypeScript samples)', () => {
    expect(blocks.filter((b) => b.file === 'README.md').length).to.be.greaterThan(0);
    expect(blocks.length).to.be.greaterThan(20);
  });

  it('compiles each block as a module (strict, against dist/cjs)', () => {
    const dir = join(ROOT, 'build', 'doc-blocks');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = new Map<string, CodeBlock>();
    for (const b of blocks) {
      const f = join(dir, fileName(b));
      writeFileSync(f, `${b.code}\nexport {};\n`);
      files.set(f, b);
    }
    const preludeFile = join(dir, 'prelude.d.ts');
    writeFileSync(preludeFile, prelude());
    const program = ts.createProgram([preludeFile, ...files.keys()], {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      esModuleInterop: true,
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
      paths: { 'wechatpay-chain': [join(DIST, 'index.d.ts')], 'wechatpay-chain/emulator': [join(DIST, 'emulator', 'index.d.ts')] },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const block = d.file ? files.get(d.file.fileName) : undefined;
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      const where = block ? `${block.file}:${block.line + 1 + line}` : (d.file?.fileName ?? '(program)');
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(problems, 'fix the sample, or flag it `ts partial` when it is deliberately incomplete (docs/writing-docs.md)').to.deep.equal([]);
  });
});
