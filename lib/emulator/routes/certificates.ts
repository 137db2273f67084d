/**
 * `GET /v3/certificates`: the platform certificates, each encrypted (AEAD_AES_256_GCM) with the
 * merchant's APIv3 key. A public-key-mode merchant has none: 404 RESOURCE_NOT_EXISTS.
 */
import { X509Certificate } from 'node:crypto';
import { AesGcm } from '../../crypto/aes';
import { Formatter } from '../../crypto/formatter';
import type { RouteContext } from '../context';
import { notFound, paramError } from '../failure';
import { rfc3339 } from '../records';
import type { Route } from '../router';

function download(ctx: RouteContext) {
  const merchant = ctx.merchant;
  const algorithm = ctx.query.get('algorithm_type');
  if (algorithm !== null && algorithm !== 'RSA') throw paramError('algorithm_type', `algorithm_type ${algorithm} is not supported (RSA).`, 'query', algorithm);
  if (merchant.mode === 'pubkey' || !merchant.apiv3Key) {
    throw notFound(`Merchant ${merchant.mchid} has no platform certificate: it verifies answers with the WeChat Pay public key (PUB_KEY_ID_…).`);
  }
  const data = ctx.emulator.platformCertificates().map((pem) => {
    const cert = new X509Certificate(pem);
    const nonce = Formatter.nonce(12);
    return {
      serial_no: cert.serialNumber.toUpperCase(),
      effective_time: rfc3339(Date.parse(cert.validFrom)),
      expire_time: rfc3339(Date.parse(cert.validTo)),
      encrypt_certificate: {
        algorithm: 'AEAD_AES_256_GCM',
        nonce,
        associated_data: 'certificate',
        ciphertext: AesGcm.encrypt(pem, merchant.apiv3Key as string, nonce, 'certificate'),
      },
    };
  });
  return { body: { data } };
}

export const certificateRoutes: Route[] = [{ method: 'GET', pattern: '/v3/certificates', handler: download }];
