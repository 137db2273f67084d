/** Certificate helpers. */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CryptoError } from '../errors';
import { localPath } from '../local-path';

function read(thing: string | Buffer | X509Certificate): X509Certificate {
  if (thing instanceof X509Certificate) return thing;
  if (typeof thing === 'string' && thing.startsWith('file://')) {
    return new X509Certificate(readFileSync(localPath(thing)));
  }
  return new X509Certificate(thing);
}

export const PemUtil = {
  /** Load an X.509 certificate from a file path (with or without `file://`). */
  loadCertificate(path: string): X509Certificate {
    try {
      return read(path.startsWith('file://') ? path : readFileSync(path));
    } catch (err) {
      throw new CryptoError(`Loading the certificate from ${path} failed.`, { cause: err });
    }
  },
  /** Parse an X.509 certificate from PEM text; throws a CryptoError on garbage. */
  loadCertificateFromString(pem: string | Buffer): X509Certificate {
    try {
      return new X509Certificate(pem);
    } catch (err) {
      throw new CryptoError('The text is not an X.509 certificate.', { cause: err });
    }
  },
  /** The certificate's serial number as uppercase hex (the form WeChat Pay uses for `serial`). */
  parseCertificateSerialNo(cert: string | Buffer | X509Certificate): string {
    try {
      return read(cert).serialNumber.toUpperCase();
    } catch (err) {
      throw new CryptoError('Reading the certificate failed; pass PEM text, a file:// path or an X509Certificate.', { cause: err });
    }
  },
};
