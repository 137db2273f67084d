/** Helpers of the error-logging specs: the secrets a peer received, the leak check. */
import { expect } from 'chai';
import { inspect } from 'node:util';
import { WechatpayError } from '../../lib';
import { APIV3_KEY, keyPair } from '../support/keys';
import { leaks, pemLines } from '../support/leaks';
import { readFields, SECRET, type SigningServer } from '../support/signing-server';

export const merchant = keyPair('merchant');
export const platform = keyPair('platform');
/** What no error may hold, whoever sent the request: the merchant key (both PEM forms) and both API secrets. */
export const baseSecrets = [...pemLines(merchant.privatePem), ...pemLines(merchant.pkcs1Pem), SECRET, APIV3_KEY];

/** Authorization signatures and APIv2 signs the peers received: secrets once sent. */
export function sentSecrets(server: SigningServer): string[] {
  const out: string[] = [];
  for (const r of server.requests) {
    const auth = String(r.headers.authorization ?? '');
    const m = /signature="([^"]+)"/.exec(auth);
    if (m) out.push(m[1] as string);
    const sign = readFields(r.text).sign;
    if (sign) out.push(sign);
  }
  return out;
}

export async function expectClean(err: unknown, secrets: string[]): Promise<void> {
  expect(err).to.be.instanceOf(WechatpayError);
  expect(await leaks(err, secrets)).to.deep.equal([]);
  // Short enough to read in a log: a stack and a few fields, not a request dump.
  expect(inspect(err).split('\n').length).to.be.below(40);
}
