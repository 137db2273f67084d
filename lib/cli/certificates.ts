/**
 * `wxpay certificates download`: fetch the platform certificates with the merchant's credentials,
 * decrypt them with the APIv3 key, verify the answer with the certificate it carries, and write each
 * as `DIR/wechatpay_<SERIAL>.pem`.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { downloadCertificates } from '../certificates/bootstrap';
import type { Command, Io, OptionValues } from './registry';

function text(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Run the download; exported for tests that call it in-process. */
export async function downloadCommand(values: OptionValues, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const mchid = text(values, 'mchid');
  const serial = text(values, 'serial');
  const keyFile = text(values, 'private-key');
  // The key may come from the environment so that it stays out of `ps` and shell history.
  const apiv3Key = text(values, 'apiv3-key') ?? env.WECHATPAY_APIV3_KEY;
  const missing = [
    mchid ? '' : '--mchid',
    serial ? '' : '--serial',
    keyFile ? '' : '--private-key',
    apiv3Key ? '' : '--apiv3-key (or WECHATPAY_APIV3_KEY)',
  ].filter(Boolean);
  if (missing.length) {
    io.err(`wxpay certificates download: missing ${missing.join(', ')}.\nRun wxpay certificates download --help for the options.`);
    return 2;
  }
  if (Buffer.byteLength(apiv3Key as string) !== 32) {
    io.err(`wxpay certificates download: the APIv3 key must be 32 bytes, got ${Buffer.byteLength(apiv3Key as string)}.`);
    return 2;
  }
  let privateKey: string;
  try {
    privateKey = readFileSync(keyFile as string, 'utf8');
  } catch (err) {
    io.err(`wxpay certificates download: cannot read the private key file ${keyFile}: ${(err as Error).message}`);
    return 2;
  }
  const output = resolve(text(values, 'output') ?? process.cwd());
  const baseURL = text(values, 'base-url') ?? 'https://api.mch.weixin.qq.com/';
  const list = await downloadCertificates({ mchid: mchid as string, serial: serial as string, privateKey, apiv3Key: apiv3Key as string, baseURL });
  mkdirSync(output, { recursive: true });
  list.forEach((c, i) => {
    const file = join(output, `wechatpay_${c.serial}.pem`);
    const temp = `${file}.partial`;
    writeFileSync(temp, c.pem.endsWith('\n') ? c.pem : `${c.pem}\n`, { mode: 0o644 });
    renameSync(temp, file);
    io.out(
      [
        `Certificate #${i} {`,
        `    Serial Number: ${c.serial}`,
        `    Not Before: ${c.effectiveTime}`,
        `    Not After: ${c.expireTime}`,
        `    Saved to: ${file}`,
        "    Verified: decrypted with the APIv3 key; the answer's signature checks out with this certificate.",
        `    Check again with: openssl x509 -in ${file} -noout -serial -dates`,
        '}',
      ].join('\n'),
    );
  });
  return 0;
}

export const certificatesCommand: Command = {
  name: ['certificates', 'download'],
  summary: 'Download, decrypt and verify the platform certificates; write DIR/wechatpay_<SERIAL>.pem',
  options: {
    mchid: { type: 'string', short: 'm', value: 'MCHID', description: 'Merchant id' },
    serial: { type: 'string', short: 's', value: 'SERIAL', description: 'Merchant API certificate serial number' },
    'private-key': { type: 'string', short: 'f', value: 'FILE', description: 'Merchant API private key file (PEM)' },
    'apiv3-key': { type: 'string', short: 'k', value: 'KEY', description: 'APIv3 key (32 characters); or set WECHATPAY_APIV3_KEY' },
    output: { type: 'string', short: 'o', value: 'DIR', description: 'Directory for the certificates (default: the current one)' },
    'base-url': { type: 'string', short: 'u', value: 'URL', description: 'API base URL (default https://api.mch.weixin.qq.com/)' },
  },
  run: (values, _positionals, io) => downloadCommand(values, io),
};
