/**
 * Builder.factory refuses a bad configuration with a ConfigError that names the option (no network:
 * the check happens before any request).
 */
import { expect } from 'chai';
import { Builder, ConfigError } from '../../lib';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';

describe('configuration errors name the option', () => {
  const platform = keyPair('platform');
  const base = () => ({ mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: keyPair('merchant').privatePem, certs: { [PUB_KEY_ID]: platform.publicPem } });
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['missing mchid', { mchid: undefined }, 'mchid', /mchid/],
    ['numeric mchid', { mchid: 1900000001 }, 'mchid', /string/],
    ['missing serial', { serial: undefined }, 'serial', /serial/],
    ['garbage privateKey', { privateKey: 'not a key' }, 'privateKey', /Expected .*PKCS#1/],
    ['a public key as privateKey', { privateKey: platform.publicPem }, 'privateKey', /not a private key/],
    ['missing certs', { certs: undefined }, 'certs', /certs/],
    ['empty certs', { certs: {} }, 'certs', /empty/],
    ['certs holding the merchant serial', { certs: { [MERCHANT_SERIAL]: platform.publicPem } }, 'certs', /merchant's own/],
    ['an unloadable cert', { certs: { [PUB_KEY_ID]: 'garbage' } }, 'certs', new RegExp(PUB_KEY_ID)],
    ['a short APIv2 secret', { secret: 'short' }, 'secret', /32/],
    ['a relative baseURL', { baseURL: 'api.mch.weixin.qq.com' }, 'baseURL', /absolute/],
    ['a misspelt option', { privatekey: 'x' }, 'privatekey', /unknown option/],
  ];
  for (const [name, patch, option, message] of cases) {
    it(`throws for ${name}`, () => {
      let err: unknown;
      try {
        Builder.factory({ ...base(), ...patch } as never);
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as ConfigError).option).to.equal(option);
      expect((err as ConfigError).message).to.match(message);
    });
  }
});
