/**
 * RSA keys generated for this test run (never committed), shared by the specs of one mocha process.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  privatePem: string;
  publicPem: string;
  pkcs1Pem: string;
}

const cache = new Map<string, KeyPair>();

/** A 2048-bit RSA key pair, the same for the same `name` within a run. */
export function keyPair(name: string): KeyPair {
  let pair = cache.get(name);
  if (!pair) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    pair = {
      privateKey,
      publicKey,
      privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      pkcs1Pem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    };
    cache.set(name, pair);
  }
  return pair;
}

export const MCHID = '1900000001';
export const MERCHANT_SERIAL = '3775B6A45ACD588826D15E583A95F5DD00000000';
export const PUB_KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000000';
export const APIV3_KEY = '0123456789abcdef0123456789abcdef';
