import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The built package as a user installs it: `require` and `import` of both entry points, and the
 * bundled types compiled by a consumer in CommonJS and ES module mode.
 */
const root = resolve(__dirname, '../../..');
const built = existsSync(join(root, 'dist/cjs/index.js')) && existsSync(join(root, 'dist/esm/index.mjs'));

(built ? describe : describe.skip)(`the built package${built ? '' : ' (skipped: run `npm run build` first)'}`, function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wxpay-consumer-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules/wechatpay-chain'), 'dir');
  });
  const tscOutput = (project: string): string => {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    try {
      return execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' }).trim();
    } catch (err) {
      return String((err as { stdout?: unknown }).stdout ?? err).trim();
    }
  };
  const node = (file: string) => execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }).trim();

  it('loads with require', () => {
    writeFileSync(
      join(dir, 'a.cjs'),
      `
      const m = require('wechatpay-chain'); const e = require('wechatpay-chain/emulator');
      console.log([typeof m.Builder.factory, typeof m.Rsa.sign, typeof m.Notification.parse, typeof m.MediaUtil, typeof e.Emulator.start, m.VERSION].join(' '));`,
    );
    expect(node('a.cjs')).to.match(/^function function function function function \d+\.\d+\.\d+$/);
  });

  it('loads with import, sharing one instance with require', () => {
    writeFileSync(
      join(dir, 'b.mjs'),
      `
      import { Builder, ApiError } from 'wechatpay-chain'; import def from 'wechatpay-chain'; import { Emulator } from 'wechatpay-chain/emulator';
      import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
      console.log(typeof Builder.factory, typeof Emulator.start, ApiError === require('wechatpay-chain').ApiError, def.Builder === Builder);`,
    );
    expect(node('b.mjs')).to.equal('function function true true');
  });

  it('type-checks a consumer in CommonJS and ES module mode with the bundled types', () => {
    const consumer = `
      import { Builder, ApiError } from 'wechatpay-chain';
      import { Emulator } from 'wechatpay-chain/emulator';
      export async function run(): Promise<string | undefined> {
        const emulator = await Emulator.start();
        const client = Builder.factory(emulator.clientOptions());
        const r = await client.v3.pay.transactions.native.post({ json: { appid: 'wx1', mchid: '1', description: 'd', out_trade_no: 'o1', notify_url: 'https://e.x/n', amount: { total: 1 } } });
        // @ts-expect-error: an unknown segment is a compile error
        void client.v3.pay.transactionz;
        void ApiError;
        await emulator.close();
        return r.data.code_url;
      }`;
    writeFileSync(join(dir, 'c.cts'), consumer);
    writeFileSync(join(dir, 'd.mts'), consumer);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'node16',
          moduleResolution: 'node16',
          target: 'ES2022',
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: ['c.cts', 'd.mts'],
      }),
    );
    expect(tscOutput(dir)).to.equal('');
  });

  it('type-checks a consumer that checks library declarations, without esModuleInterop', () => {
    const strictLib = join(dir, 'strict-lib');
    mkdirSync(strictLib, { recursive: true });
    writeFileSync(
      join(strictLib, 'f.ts'),
      `
      import { Builder } from 'wechatpay-chain';
      import { Emulator } from 'wechatpay-chain/emulator';
      export async function run(): Promise<string> {
        const emulator = await Emulator.start();
        const client = Builder.factory(emulator.clientOptions());
        void client;
        await emulator.close();
        return emulator.url;
      }`,
    );
    writeFileSync(
      join(strictLib, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'node16',
          moduleResolution: 'node16',
          target: 'ES2022',
          skipLibCheck: false,
          esModuleInterop: false,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: ['f.ts'],
      }),
    );
    expect(tscOutput(strictLib)).to.equal('');
  });

  it('type-checks a consumer with the legacy moduleResolution node (node10), subpath included', () => {
    const legacy = join(dir, 'legacy');
    mkdirSync(legacy, { recursive: true });
    writeFileSync(
      join(legacy, 'e.ts'),
      `
      import { Builder } from 'wechatpay-chain';
      import { Emulator } from 'wechatpay-chain/emulator';
      export async function run(): Promise<string | undefined> {
        const emulator = await Emulator.start();
        const client = Builder.factory(emulator.clientOptions());
        const { apiv3Key } = emulator.notificationOptions();
        await emulator.close();
        return apiv3Key;
      }`,
    );
    writeFileSync(
      join(legacy, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'commonjs',
          moduleResolution: 'node',
          target: 'ES2022',
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: ['e.ts'],
      }),
    );
    expect(tscOutput(legacy)).to.equal('');
  });
});
