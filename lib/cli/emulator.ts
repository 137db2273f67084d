/**
 * `wxpay emulator`: run the local WeChat Pay emulator with a demo merchant, print its URL and write
 * the merchant's credentials to a folder (private key and keys go to files, never to the terminal).
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Emulator } from '../emulator/emulator';
import type { SigningMode } from '../emulator/merchant';
import type { Command, Io, OptionValues } from './registry';

const MODES: SigningMode[] = ['pubkey', 'certificate', 'both'];

/** Write the demo merchant's credentials; returns the file names written. */
export function writeCredentials(emulator: Emulator, dir: string): string[] {
  const creds = emulator.credentials();
  const merchant = emulator.merchant(creds.mchid);
  const platform = emulator.platform;
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'apiclient_key.pem': creds.privateKey,
    'apiclient_cert.pem': creds.certificate,
  };
  if (merchant.mode !== 'certificate') files['pub_key.pem'] = platform.publicKey;
  if (merchant.mode !== 'pubkey') files[`wechatpay_${platform.serial}.pem`] = platform.certificate;
  if (emulator.httpsUrl) files['ca.pem'] = emulator.ca;
  const summary = {
    baseURL: emulator.url,
    httpsURL: emulator.httpsUrl,
    mchid: creds.mchid,
    serial: creds.serial,
    privateKey: 'apiclient_key.pem',
    certificate: 'apiclient_cert.pem',
    apiv3Key: creds.apiv3Key,
    secret: creds.secret,
    mode: merchant.mode,
    certs: {
      ...(merchant.mode !== 'certificate' ? { [platform.publicKeyId]: 'pub_key.pem' } : {}),
      ...(merchant.mode !== 'pubkey' ? { [platform.serial]: `wechatpay_${platform.serial}.pem` } : {}),
    },
    control: `${emulator.url}__emulator/`,
  };
  files['merchant.json'] = `${JSON.stringify(summary, null, 2)}\n`;
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, text, { mode: 0o600 });
    chmodSync(path, 0o600);
  }
  return Object.keys(files);
}

export const emulatorCommand: Command = {
  name: ['emulator'],
  summary: 'Run a local WeChat Pay emulator (APIv3 gateway with a demo merchant) until interrupted.',
  options: {
    port: { type: 'string', short: 'p', value: 'PORT', description: 'Port to listen on (default 0: a free port)' },
    host: { type: 'string', value: 'HOST', description: 'Address to listen on (default 127.0.0.1)' },
    mode: { type: 'string', value: 'MODE', description: 'How answers are signed: pubkey (default), certificate or both' },
    out: { type: 'string', short: 'o', value: 'DIR', description: "Folder for the demo merchant's credentials (default: a new temporary folder)" },
    https: { type: 'boolean', description: "Serve HTTPS with a certificate from the emulator's own CA (written as ca.pem)" },
  },
  async run(values: OptionValues, _positionals: string[], io: Io): Promise<number> {
    const mode = (values.mode ?? 'pubkey') as string;
    if (!MODES.includes(mode as SigningMode)) {
      io.err(`wxpay emulator: --mode must be one of ${MODES.join(', ')}, got "${mode}"`);
      return 2;
    }
    const portText = (values.port ?? '0') as string;
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
      io.err(`wxpay emulator: --port must be 0–65535, got "${portText}"`);
      return 2;
    }
    const emulator = await Emulator.start({
      port: Number(portText),
      host: values.host as string | undefined,
      mode: mode as SigningMode,
      https: values.https === true,
    });
    const dir = values.out ? resolve(values.out as string) : mkdtempSync(join(tmpdir(), 'wxpay-emulator-'));
    const files = writeCredentials(emulator, dir);
    io.out(`WeChat Pay emulator listening on ${emulator.url}`);
    io.out(`merchant ${emulator.credentials().mchid} (${mode} mode); credentials written to ${dir}`);
    io.out(`  ${files.join(', ')}`);
    io.out(`control routes: ${emulator.url}__emulator/  (Ctrl-C to stop)`);
    await new Promise<void>((done) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await emulator.close();
    io.out('emulator stopped');
    return 0;
  },
};
