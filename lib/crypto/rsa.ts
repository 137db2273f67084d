/**
 * RSA helpers: key loading in every format WeChat Pay hands out, SHA256-RSA signatures and
 * RSAES-OAEP (SHA-1/MGF1-SHA-1) for sensitive fields. Names and argument order follow wechatpay-php.
 */
import {
  constants,
  createPrivateKey,
  createPublicKey,
  KeyObject,
  privateDecrypt,
  publicEncrypt,
  sign as rsaSign,
  verify as rsaVerify,
  X509Certificate,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CryptoError } from '../errors';
import { localPath } from '../local-path';

/** Anything {@link Rsa.from} can load. `[pem, passphrase]` is an encrypted private key. */
export type KeyLike = string | Buffer | KeyObject | X509Certificate | [string | Buffer, string];

export type KeyType = 'public' | 'private';

const SCHEMES: Record<string, { kind: string; type: KeyType }> = {
  'private.pkcs1': { kind: 'RSA PRIVATE', type: 'private' },
  'private.pkcs8': { kind: 'PRIVATE', type: 'private' },
  'public.pkcs1': { kind: 'RSA PUBLIC', type: 'public' },
  'public.spki': { kind: 'PUBLIC', type: 'public' },
};

const EXPECTED: Record<KeyType, string> = {
  private:
    'a PKCS#1 ("BEGIN RSA PRIVATE KEY") or PKCS#8 ("BEGIN PRIVATE KEY"/"BEGIN ENCRYPTED PRIVATE KEY" with [pem, passphrase]) PEM text, a file:// path to one, a DER Buffer, a private.pkcs1:// or private.pkcs8:// string, or a KeyObject',
  public:
    'an X.509 certificate ("BEGIN CERTIFICATE"), an SPKI ("BEGIN PUBLIC KEY") or PKCS#1 ("BEGIN RSA PUBLIC KEY") PEM text, a file:// path to one, a DER Buffer, a public.spki:// or public.pkcs1:// string, a KeyObject or an X509Certificate',
};

function describe(thing: unknown): string {
  if (thing === null) return 'null';
  if (Buffer.isBuffer(thing)) return `Buffer(${thing.length} bytes)`;
  if (thing instanceof KeyObject) return `KeyObject(${thing.type})`;
  if (typeof thing === 'string') {
    if (thing.startsWith('file://')) return `path ${thing}`;
    const m = /-----BEGIN ([A-Z ]+)-----/.exec(thing);
    if (m) return `PEM "${m[1]}"`;
    const s = /^([a-z0-9.]+):\/\//.exec(thing);
    if (s) return `string with scheme ${s[1]}://`;
    return `string(${thing.length} chars, no PEM envelope)`;
  }
  return typeof thing;
}

function wrap64(b64: string): string {
  return b64
    .replace(/\s+/g, '')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
}

function readPath(url: string): Buffer {
  return readFileSync(localPath(url));
}

function load(thing: KeyLike, type: KeyType): KeyObject {
  if (thing instanceof KeyObject) {
    if (type === 'private' && thing.type !== 'private') throw new Error(`a ${thing.type} KeyObject is not a private key`);
    if (type === 'public' && thing.type === 'private') throw new Error('a private KeyObject was given where a public key is expected');
    return thing.type === 'secret'
      ? (() => {
          throw new Error('a secret KeyObject is not an RSA key');
        })()
      : thing;
  }
  if (thing instanceof X509Certificate) {
    if (type === 'private') throw new Error('a certificate holds no private key');
    return thing.publicKey;
  }
  if (Array.isArray(thing)) {
    if (type !== 'private') throw new Error('[key, passphrase] is only for private keys');
    const [pem, passphrase] = thing;
    const data = typeof pem === 'string' && pem.startsWith('file://') ? readPath(pem) : pem;
    return createPrivateKey({ key: data, format: 'pem', passphrase });
  }
  if (Buffer.isBuffer(thing)) {
    const head = thing.subarray(0, 64).toString('latin1');
    if (head.includes('-----BEGIN')) return load(thing.toString('utf8'), type);
    return loadDer(thing, type);
  }
  if (typeof thing !== 'string') throw new Error(`unsupported input type ${typeof thing}`);
  if (thing.startsWith('file://')) return load(readPath(thing), type);
  const scheme = /^([a-z0-9.]+):\/\/(.*)$/s.exec(thing);
  if (scheme) {
    const info = SCHEMES[scheme[1] as string];
    if (!info) throw new Error(`unknown scheme ${scheme[1]}://`);
    if (info.type !== type) throw new Error(`a ${scheme[1]}:// key is not a ${type} key`);
    return load(`-----BEGIN ${info.kind} KEY-----\n${wrap64(scheme[2] as string)}\n-----END ${info.kind} KEY-----`, type);
  }
  if (!thing.includes('-----BEGIN')) throw new Error('no PEM envelope');
  if (type === 'private') {
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(thing)) throw new Error('the key is encrypted: pass [pem, passphrase]');
    if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(thing)) throw new Error('the PEM is not a private key');
    return createPrivateKey({ key: thing, format: 'pem' });
  }
  if (/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(thing)) throw new Error('a private key was given where a public key is expected');
  if (/-----BEGIN CERTIFICATE-----/.test(thing)) return new X509Certificate(thing).publicKey;
  return createPublicKey({ key: thing, format: 'pem' });
}

function loadDer(der: Buffer, type: KeyType): KeyObject {
  const attempts: Array<() => KeyObject> =
    type === 'private'
      ? [() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' })]
      : [
          () => createPublicKey({ key: der, format: 'der', type: 'spki' }),
          () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }),
          () => new X509Certificate(der).publicKey,
        ];
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {
      /* try the next encoding */
    }
  }
  throw new Error('the DER bytes are not a key of the expected kind');
}

function toKey(thing: KeyLike, type: KeyType): KeyObject {
  return thing instanceof KeyObject ? thing : Rsa.from(thing, type);
}

const OAEP = constants.RSA_PKCS1_OAEP_PADDING;

function derLength(n: number): Buffer {
  if (n <= 0x7f) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export const Rsa = {
  KEY_TYPE_PUBLIC: 'public' as const,
  KEY_TYPE_PRIVATE: 'private' as const,

  /**
   * Load a key. Throws a {@link CryptoError} that names what was given and what was expected.
   * Unlike wechatpay-php, a private key is never accepted where a public key is expected.
   */
  from(thing: KeyLike, type: KeyType = 'private'): KeyObject {
    try {
      const key = load(thing, type);
      if (key.asymmetricKeyType !== 'rsa') throw new Error(`the key is ${key.asymmetricKeyType}, not RSA`);
      return key;
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new CryptoError(`Cannot load the ${type} key from ${describe(thing)}: ${why}. Expected ${EXPECTED[type]}.`, { cause: err });
    }
  },
  fromPkcs8(b64: string): KeyObject {
    return Rsa.from(`private.pkcs8://${b64}`, 'private');
  },
  fromPkcs1(b64: string, type: KeyType = 'private'): KeyObject {
    return Rsa.from(`${type}.pkcs1://${b64}`, type);
  },
  fromSpki(b64: string): KeyObject {
    return Rsa.from(`public.spki://${b64}`, 'public');
  },

  /** Wrap a PKCS#1 RSAPublicKey (base64 DER) into an SPKI SubjectPublicKeyInfo (base64 DER). */
  pkcs1ToSpki(b64: string): string {
    const pkcs1 = Buffer.from(b64, 'base64');
    const algo = Buffer.from('300d06092a864886f70d0101010500', 'hex');
    const bitString = Buffer.concat([Buffer.from([0x03]), derLength(pkcs1.length + 1), Buffer.from([0]), pkcs1]);
    const body = Buffer.concat([algo, bitString]);
    return Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]).toString('base64');
  },

  /** RSAES-OAEP (SHA-1, MGF1-SHA-1) encryption; returns base64. Only OAEP is supported. */
  encrypt(plaintext: string | Buffer, publicKey: KeyLike, padding: number = OAEP): string {
    if (padding !== OAEP) throw new CryptoError(`Rsa.encrypt supports only RSA_PKCS1_OAEP_PADDING(${OAEP}), got ${padding}.`);
    const key = toKey(publicKey, 'public');
    try {
      return publicEncrypt({ key, padding: OAEP, oaepHash: 'sha1' }, typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext).toString(
        'base64',
      );
    } catch (err) {
      throw new CryptoError('Encrypting the plaintext failed: check the public key and that the plaintext fits (at most 214 bytes for RSA-2048).', {
        cause: err,
      });
    }
  },

  /** RSAES-OAEP (SHA-1) decryption of a base64 ciphertext; returns UTF-8 text. */
  decrypt(ciphertext: string, privateKey: KeyLike, padding: number = OAEP): string {
    if (padding !== OAEP) throw new CryptoError(`Rsa.decrypt supports only RSA_PKCS1_OAEP_PADDING(${OAEP}), got ${padding}.`);
    const key = toKey(privateKey, 'private');
    try {
      return privateDecrypt({ key, padding: OAEP, oaepHash: 'sha1' }, Buffer.from(ciphertext, 'base64')).toString('utf8');
    } catch (err) {
      throw new CryptoError('Decrypting the ciphertext failed: check the private key and that the ciphertext was made with its public key.', { cause: err });
    }
  },

  /** Base64 RSASSA-PKCS1-v1_5 SHA-256 signature. */
  sign(message: string | Buffer, privateKey: KeyLike): string {
    const key = toKey(privateKey, 'private');
    try {
      return rsaSign('sha256', typeof message === 'string' ? Buffer.from(message, 'utf8') : message, key).toString('base64');
    } catch (err) {
      throw new CryptoError('Signing the message failed: check the private key.', { cause: err });
    }
  },

  /** Check a base64 SHA256-RSA signature. Returns false for a wrong signature; throws for an unusable key. */
  verify(message: string | Buffer, signature: string, publicKey: KeyLike): boolean {
    const key = toKey(publicKey, 'public');
    try {
      return rsaVerify('sha256', typeof message === 'string' ? Buffer.from(message, 'utf8') : message, key, Buffer.from(signature, 'base64'));
    } catch (err) {
      throw new CryptoError('Verifying the signature failed: check the public key.', { cause: err });
    }
  },
};
