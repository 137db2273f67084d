/**
 * `wxpay certificates download`, run as a real child process against the emulator in certificate mode.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, type DemoMerchant } from '../../lib/emulator';
import { testMerchant, testPlatform } from '../emulator/support';

const CLI = join(__dirname, '../../lib/cli/index.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI without blocking this process (the emulator answers from here). */
function wxpay(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, timeout: 20_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('wxpay certificates download (child process against the emulator)', () => {
  let emulator: Emulator;
  let merchant: DemoMerchant;
  let keyFile: string;

  before(async () => {
    const platform = await testPlatform();
    merchant = await testMerchant('1900000001');
    emulator = await Emulator.start({ platform, merchants: [{ ...merchant, mode: 'certificate' }] });
    keyFile = join(mkdtempSync(join(tmpdir(), 'wxpay-key-')), 'apiclient_key.pem');
    writeFileSync(keyFile, merchant.privateKey, { mode: 0o600 });
  });
  after(() => emulator.close());

  const base = () => ['certificates', 'download', '--mchid', merchant.mchid, '--serial', merchant.serial, '--private-key', keyFile, '--base-url', emulator.url];

  it('writes DIR/wechatpay_<SERIAL>.pem, each verified, and prints serial and validity', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wxpay-certs-'));
    const run = await wxpay([...base(), '--apiv3-key', merchant.apiv3Key, '--output', out]);
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(0);
    const serial = emulator.platform.serial;
    const file = join(out, `wechatpay_${serial}.pem`);
    expect(readdirSync(out)).to.deep.equal([`wechatpay_${serial}.pem`]);
    const cert = new X509Certificate(readFileSync(file));
    expect(cert.serialNumber.toUpperCase()).to.equal(serial);
    expect(cert.verify(new X509Certificate(emulator.ca).publicKey)).to.equal(true);
    expect(cert.raw.equals(new X509Certificate(emulator.platform.certificate).raw)).to.equal(true);
    expect(run.stdout).to.include(`Serial Number: ${serial}`);
    expect(run.stdout).to.match(/Not Before: \d{4}-\d\d-\d\dT/);
    expect(run.stdout).to.match(/Not After: \d{4}-\d\d-\d\dT/);
    expect(run.stdout).to.include(`Saved to: ${file}`);
    expect(run.stdout).to.not.include(merchant.apiv3Key);
  });

  it('writes every listed certificate during a rotation, the APIv3 key taken from the environment', async () => {
    const old = emulator.platform.serial;
    const rotated = await emulator.rotatePlatformCertificate();
    const out = join(mkdtempSync(join(tmpdir(), 'wxpay-certs-')), 'nested', 'dir');
    const run = await wxpay([...base(), '--output', out], { WECHATPAY_APIV3_KEY: merchant.apiv3Key });
    expect(run.code, run.stderr).to.equal(0);
    expect(readdirSync(out).sort()).to.deep.equal([`wechatpay_${old}.pem`, `wechatpay_${rotated.serial}.pem`].sort());
    for (const name of readdirSync(out)) {
      expect(new X509Certificate(readFileSync(join(out, name))).serialNumber.toUpperCase()).to.equal(name.slice(10, -4));
    }
  });

  it('fails with exit code 1 and writes nothing when the APIv3 key is wrong; exit code 2 for missing options', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wxpay-certs-'));
    const wrong = await wxpay([...base(), '--apiv3-key', 'k'.repeat(32), '--output', out]);
    expect(wrong.code).to.equal(1);
    expect(wrong.stderr).to.match(/does not decrypt with the APIv3 key/);
    expect(readdirSync(out)).to.deep.equal([]);
    const missing = await wxpay(['certificates', 'download', '--mchid', merchant.mchid], { WECHATPAY_APIV3_KEY: '' });
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.match(/missing --serial, --private-key, --apiv3-key/);
    const help = await wxpay(['--help']);
    expect(help.stdout).to.match(/certificates download\s+Download, decrypt and verify/);
  });
});
