/**
 * AES helpers: AEAD_AES_256_GCM (APIv3 notifications, platform certificates) and AES-256-ECB
 * (APIv2 refund `req_info`). Unlike wechatpay-php, a key that is not exactly 32 bytes is an error,
 * never silently padded or truncated.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { CryptoError } from '../errors';

function keyBytes(key: string | Buffer, who: string): Buffer {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  if (bytes.length !== 32) {
    throw new CryptoError(`${who}: the key must be exactly 32 bytes (the APIv3 key, or md5 hex of the APIv2 key), got ${bytes.length}.`);
  }
  return bytes;
}

function bytes(v: string | Buffer): Buffer {
  return typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
}

export const AesGcm = {
  BLOCK_SIZE: 16,
  KEY_LENGTH_BYTE: 32,
  AUTH_TAG_LENGTH_BYTE: 16,
  ALGO_AES_256_GCM: 'aes-256-gcm' as const,

  /** Encrypt; returns base64(ciphertext ‖ 16-byte tag). */
  encrypt(plaintext: string | Buffer, key: string | Buffer, iv: string | Buffer = '', aad: string | Buffer = ''): string {
    const k = keyBytes(key, 'AesGcm.encrypt');
    const nonce = bytes(iv);
    if (nonce.length === 0) throw new CryptoError('AesGcm.encrypt: the iv (nonce) must not be empty.');
    const cipher = createCipheriv('aes-256-gcm', k, nonce);
    cipher.setAAD(bytes(aad));
    const out = Buffer.concat([cipher.update(bytes(plaintext)), cipher.final(), cipher.getAuthTag()]);
    return out.toString('base64');
  },

  /** Decrypt base64(ciphertext ‖ tag) and return the UTF-8 plaintext. Throws on any tag mismatch. */
  decrypt(ciphertext: string, key: string | Buffer, iv: string | Buffer = '', aad: string | Buffer = ''): string {
    return AesGcm.decryptToBuffer(ciphertext, key, iv, aad).toString('utf8');
  },

  /** Like {@link AesGcm.decrypt} but returns the raw bytes. */
  decryptToBuffer(ciphertext: string, key: string | Buffer, iv: string | Buffer = '', aad: string | Buffer = ''): Buffer {
    const k = keyBytes(key, 'AesGcm.decrypt');
    const nonce = bytes(iv);
    if (nonce.length === 0) throw new CryptoError('AesGcm.decrypt: the iv (nonce) must not be empty.');
    const all = Buffer.from(ciphertext, 'base64');
    if (all.length < 16) throw new CryptoError(`AesGcm.decrypt: the ciphertext is ${all.length} bytes, shorter than the 16-byte authentication tag.`);
    const tag = all.subarray(all.length - 16);
    const data = all.subarray(0, all.length - 16);
    try {
      const decipher = createDecipheriv('aes-256-gcm', k, nonce);
      decipher.setAAD(bytes(aad));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(data), decipher.final()]);
    } catch (err) {
      throw new CryptoError('AesGcm.decrypt: authentication failed; check the key (APIv3 key), nonce and associated_data.', { cause: err });
    }
  },
};

export const AesEcb = {
  ALGO_AES_256_ECB: 'aes-256-ecb' as const,

  /** AES-256-ECB with PKCS#7 padding; returns base64. The iv argument is ignored (ECB has none). */
  encrypt(plaintext: string | Buffer, key: string | Buffer, _iv: string | Buffer = ''): string {
    const cipher = createCipheriv('aes-256-ecb', keyBytes(key, 'AesEcb.encrypt'), null);
    return Buffer.concat([cipher.update(bytes(plaintext)), cipher.final()]).toString('base64');
  },

  /** Decrypt base64 AES-256-ECB/PKCS#7 and return UTF-8 text. */
  decrypt(ciphertext: string, key: string | Buffer, _iv: string | Buffer = ''): string {
    const k = keyBytes(key, 'AesEcb.decrypt');
    try {
      const decipher = createDecipheriv('aes-256-ecb', k, null);
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch (err) {
      throw new CryptoError('AesEcb.decrypt: bad padding or length; check the key (md5 hex of the APIv2 key).', { cause: err });
    }
  },
};
