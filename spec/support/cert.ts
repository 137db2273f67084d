/**
 * Test certificates made with jsrsasign (an implementation independent of ours).
 */
import { KJUR } from 'jsrsasign';
import type { KeyPair } from './keys';

function zulu(date: Date): string {
  // YYMMDDhhmmssZ (UTCTime)
  return date.toISOString().replace(/^\d\d(\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d).*$/, '$1$2$3$4$5$6Z');
}

/** An X.509 certificate for `subject`'s public key, signed by `issuer` (self-signed when the same). */
export function certificate(subject: KeyPair, issuer: KeyPair, serialHex: string, cn: string, days = 365, start = new Date(Date.now() - 86400000)): string {
  const end = new Date(start.getTime() + days * 86400000);
  const cert = new KJUR.asn1.x509.Certificate({
    version: 3,
    serial: { hex: serialHex.toLowerCase() },
    issuer: { str: '/C=CN/O=Tenpay.com/CN=Tenpay.com Root CA' },
    subject: { str: `/C=CN/O=wechatpay-chain tests/CN=${cn}` },
    notbefore: zulu(start),
    notafter: zulu(end),
    sbjpubkey: subject.publicPem,
    sigalg: 'SHA256withRSA',
    cakey: issuer.privatePem,
  } as unknown as ConstructorParameters<typeof KJUR.asn1.x509.Certificate>[0]);
  return cert.getPEM();
}
