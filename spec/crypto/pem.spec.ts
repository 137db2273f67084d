import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { PemUtil } from '../../lib';
import { certificate } from '../support/cert';
import { keyPair } from '../support/keys';

describe('PemUtil', () => {
  it('reads the serial of a certificate made by an independent implementation', () => {
    const pem = certificate(keyPair('platform'), keyPair('ca'), '5157F09EFDC096DE15EBE81A47057A7232F5A4D0', 'platform');
    expect(new X509Certificate(pem).verify(keyPair('ca').publicKey)).to.equal(true);
    expect(PemUtil.parseCertificateSerialNo(pem)).to.equal('5157F09EFDC096DE15EBE81A47057A7232F5A4D0');
    expect(() => PemUtil.parseCertificateSerialNo('garbage')).to.throw(/certificate/);
  });
});
