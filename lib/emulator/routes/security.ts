/**
 * `POST /v3/security/echo`, the platform's test of signing and sensitive-field encryption: the
 * `encrypted_echo_message` must be encrypted (RSA-OAEP SHA-1) with the very key that the request's
 * `Wechatpay-Serial` names — a platform certificate serial or the WeChat Pay public key id, never a
 * mix — and comes back encrypted with the merchant's own key.
 */
import { constants, privateDecrypt, publicEncrypt } from 'node:crypto';
import type { RouteContext } from '../context';
import { Failure, paramError } from '../failure';
import type { Reply, Route } from '../router';

function echo(ctx: RouteContext): Reply {
  const body = ctx.json();
  const message = body.echo_message;
  if (typeof message !== 'string' || !message) throw paramError('echo_message', 'echo_message is required.');
  const answer: Record<string, unknown> = { echo_message: message };
  const encrypted = body.encrypted_echo_message;
  if (encrypted !== undefined) {
    if (typeof encrypted !== 'string') throw paramError('encrypted_echo_message', 'encrypted_echo_message must be a base64 string.');
    const serial = ctx.headers['wechatpay-serial'];
    if (typeof serial !== 'string' || !serial) {
      throw paramError(
        'Wechatpay-Serial',
        'HTTP header缺少微信支付平台证书序列号(Wechatpay-Serial): an encrypted field needs the serial of the key that encrypted it.',
        'header',
      );
    }
    const platform = ctx.emulator.platformIdentity;
    const mode = ctx.merchant.mode;
    let key: string | undefined;
    if (serial === platform.publicKeyId && mode !== 'certificate') key = platform.publicKeyKey;
    else if (serial.toUpperCase() === platform.serial.toUpperCase() && mode !== 'pubkey') key = platform.certificateKey;
    if (!key)
      throw paramError(
        'Wechatpay-Serial',
        `平台证书序列号Wechatpay-Serial错误: ${serial} is not a key merchant ${ctx.merchant.mchid} encrypts with (${mode} mode).`,
        'header',
        serial,
      );
    let plain: Buffer;
    try {
      plain = privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(encrypted, 'base64'));
    } catch {
      throw new Failure(
        400,
        'PARAM_ERROR',
        `encrypted_echo_message does not decrypt with the key of ${serial}: it was encrypted with another key (a public-key ciphertext with a certificate serial, or the reverse).`,
        { location: 'body', field: 'encrypted_echo_message' },
      );
    }
    answer.encrypted_echo_message = publicEncrypt({ key: ctx.merchant.verifyKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, plain).toString(
      'base64',
    );
  }
  return { body: answer };
}

export const securityRoutes: Route[] = [{ method: 'POST', pattern: '/v3/security/echo', handler: echo }];
