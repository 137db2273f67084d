/**
 * `wxpay`: the subcommand registry, argument errors, and `wxpay emulator` run as a real process
 * whose written credentials a client then uses.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Builder, type UntypedNode } from '../../lib';
import { main } from '../../lib/cli';
import { findCommand, type Command } from '../../lib/cli/registry';
import { freePort } from '../support/listen';

function capture(): { out: string[]; err: string[]; io: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}

describe('wxpay command line', () => {
  it('lists its commands, and refuses unknown commands and options with exit code 2', async () => {
    const help = capture();
    expect(await main(['--help'], help.io)).to.equal(0);
    expect(help.out.join('\n')).to.match(/^ {2}emulator\s+Run a local WeChat Pay emulator/m);
    const unknown = capture();
    expect(await main(['frobnicate'], unknown.io)).to.equal(2);
    expect(unknown.err.join('\n')).to.match(/unknown command "frobnicate"/);
    const badOption = capture();
    expect(await main(['emulator', '--colour'], badOption.io)).to.equal(2);
    expect(badOption.err.join('\n')).to.match(/--colour/);
    const badMode = capture();
    expect(await main(['emulator', '--mode', 'rsa'], badMode.io)).to.equal(2);
    expect(badMode.err.join('\n')).to.match(/--mode must be one of pubkey, certificate, both, got "rsa"/);
    const badPort = capture();
    expect(await main(['emulator', '--port', '70000'], badPort.io)).to.equal(2);
    expect(badPort.err.join('\n')).to.match(/--port must be 0–65535, got "70000"/);
    const sub = capture();
    expect(await main(['emulator', '--help'], sub.io)).to.equal(0);
    expect(sub.out.join('\n')).to.match(/Usage: wxpay emulator \[options\][\s\S]*--mode MODE/);
  });

  it('lists the sub-commands of a command group, and refuses a wrong one with exit code 2', async () => {
    const group = capture();
    expect(await main(['certificates'], group.io)).to.equal(0);
    expect(group.out.join('\n')).to.match(/^Usage: wxpay certificates <command>[\s\S]*^ {2}certificates download\s+Download/m);
    const wrong = capture();
    expect(await main(['certificates', 'list'], wrong.io)).to.equal(2);
    expect(wrong.err.join('\n')).to.match(/unknown command "certificates list"[\s\S]*certificates download/);
  });

  it('wxpay request: a --from folder or key file that is not there is a usage error (exit 2) naming it', async () => {
    const missing = capture();
    expect(await main(['request', 'GET', 'v3/certificates', '--from', './no-such-creds'], missing.io)).to.equal(2);
    expect(missing.err.join('\n')).to.match(
      /^wxpay request: --from \.\/no-such-creds: no such folder \(.*no-such-creds\); give the folder that `wxpay emulator --out DIR` wrote\.$/,
    );
    const empty = mkdtempSync(join(tmpdir(), 'wxpay-empty-'));
    try {
      const notOurs = capture();
      expect(await main(['request', 'GET', 'v3/certificates', '--from', empty], notOurs.io)).to.equal(2);
      expect(notOurs.err.join('\n')).to.match(/--from .*: has no merchant\.json/);
      const key = capture();
      expect(await main(['request', 'GET', 'v3/certificates', '-m', '1900000001', '-f', join(empty, 'key.pem')], key.io)).to.equal(2);
      expect(key.err.join('\n')).to.match(/--private-key: cannot read .*key\.pem \(no such file\)\./);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('finds the command with the longest matching name', () => {
    const run = async (): Promise<number> => 0;
    const a: Command = { name: ['certificates'], summary: 'a', options: {}, run };
    const b: Command = { name: ['certificates', 'download'], summary: 'b', options: {}, run };
    expect(findCommand([a, b], ['certificates', 'download', '--x'])).to.deep.equal({ command: b, rest: ['--x'] });
    expect(findCommand([b, a], ['certificates', 'list'])).to.deep.equal({ command: a, rest: ['list'] });
    expect(findCommand([a, b], ['emulator'])).to.equal(undefined);
  });

  it('wxpay emulator prints its URL, writes working credentials, and stops cleanly on SIGTERM', async function () {
    this.timeout(30_000);
    const dir = mkdtempSync(join(tmpdir(), 'wxpay-cli-'));
    const cli = join(__dirname, '../../lib/cli/index.js');
    // A port that was free a moment ago: --port and --host are honoured.
    const port = await freePort();
    const child = spawn(process.execPath, [cli, 'emulator', '--out', dir, '--mode', 'both', '--port', String(port), '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
          if (m && /Ctrl-C/.test(stdout)) {
            clearInterval(timer);
            resolve(m[1] as string);
          }
        }, 50);
        void exited.then(() => {
          clearInterval(timer);
          reject(new Error(`wxpay exited early: ${stdout}`));
        });
      });
      expect(url).to.equal(`http://127.0.0.1:${port}/`);
      expect(stdout).to.include(`credentials written to ${dir}`);
      expect(stdout).to.not.match(/PRIVATE KEY|apiv3Key|secret/);
      const info = JSON.parse(readFileSync(join(dir, 'merchant.json'), 'utf8')) as {
        baseURL: string;
        mchid: string;
        serial: string;
        privateKey: string;
        apiv3Key: string;
        secret: string;
        certs: Record<string, string>;
      };
      expect(info.baseURL).to.equal(url);
      expect(info.apiv3Key).to.have.length(32);
      expect(statSync(join(dir, 'apiclient_key.pem')).mode & 0o777).to.equal(0o600);
      expect(Object.keys(info.certs)).to.have.length(2);
      const certs: Record<string, string> = {};
      for (const [id, file] of Object.entries(info.certs)) certs[id] = pathToFileURL(join(dir, file)).href;
      const client = Builder.factory({
        mchid: info.mchid,
        serial: info.serial,
        privateKey: pathToFileURL(join(dir, info.privateKey)).href,
        certs,
        baseURL: info.baseURL,
        secret: info.secret,
      }) as unknown as UntypedNode;
      const list = await client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG0000DEMO', limit: 3 } });
      expect((list.data as { face_collections: unknown[] }).face_collections).to.have.length(3);
      const downloaded = await client.v3.certificates.get();
      expect((downloaded.data as { data: unknown[] }).data).to.have.length(1);

      // `wxpay request` signs with the written credentials and prints only verified answers
      const wxpay = (...args: string[]) =>
        new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
          const p = spawn(process.execPath, [cli, 'request', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          let err = '';
          p.stdout.on('data', (c: Buffer) => {
            out += c.toString();
          });
          p.stderr.on('data', (c: Buffer) => {
            err += c.toString();
          });
          p.on('exit', (code) => resolve({ code, out, err }));
        });
      const ok = await wxpay('GET', 'v3/offlineface/face-collections', '--from', dir, '-q', 'organization_id=ORG0000DEMO', '-q', 'limit=2');
      expect(ok.code).to.equal(0);
      expect(ok.out).to.match(/^200 OK \(verified\) Request-ID: [0-9A-F]{32}\n/);
      expect((JSON.parse(ok.out.slice(ok.out.indexOf('\n') + 1)) as { face_collections: unknown[] }).face_collections).to.have.length(2);
      const missing = await wxpay('GET', 'v3/pay/transactions/out-trade-no/NOPE0000000001', '--from', dir, '-q', `mchid=${info.mchid}`);
      expect(missing.code).to.equal(1);
      expect(missing.err).to.match(/404 ORDER_NOT_EXIST/);
      const stranger = join(dir, 'stranger.pem');
      const { writeFileSync } = await import('node:fs');
      const { generateKeyPairSync } = await import('node:crypto');
      writeFileSync(stranger, generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }));
      const pubId = Object.keys(info.certs).find((k) => k.startsWith('PUB_KEY_ID_')) as string;
      const forged = await wxpay(
        'GET',
        'v3/offlineface/face-collections',
        '--mchid',
        info.mchid,
        '--serial',
        info.serial,
        '--private-key',
        join(dir, info.privateKey),
        '--cert',
        `${pubId}=${stranger}`,
        '-u',
        url,
        '-q',
        'organization_id=ORG0000DEMO',
      );
      expect(forged.code).to.equal(1);
      expect(forged.err).to.match(/SignatureError: .*does not verify/);
      expect(forged.out).to.equal('');
      const usage = await wxpay('FETCH', 'v3/x');
      expect(usage.code).to.equal(2);
      child.kill('SIGTERM');
      expect(await exited).to.equal(0);
      expect(stdout).to.match(/emulator stopped/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
