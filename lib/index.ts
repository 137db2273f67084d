/**
 * wechatpay-chain: a chainable, typed WeChat Pay APIv3/APIv2 client.
 * @packageDocumentation
 */
export { Builder, createDriver, type ClientConfig, type MerchantCertificate, type UntypedNode, type UntypedVerb } from './builder';
export { Driver, type WechatpayResponse, type ProtocolAdapter, type PreparedOptions } from './client';
export { ChainPromise } from './promise';
export { KeyStore, type KeyEntry, type KeyRefresher, PUBLIC_KEY_ID_PREFIX } from './keystore';
export { Rsa, type KeyLike, type KeyType } from './rsa';
export { AesGcm, AesEcb } from './aes';
export { Hash, type SignType } from './hash';
export { Formatter } from './formatter';
export { PemUtil } from './pem';
export { normalizeSegment } from './segment';
export { expand, serializeQuery, type QueryValue } from './uri';
export { checkSignature, isUnsignedPath, type SignedMessage } from './verify';
export { type Signer } from './sign';
export { type RequestOptions, type HeaderValues } from './options';
export { SIGNED_BODY } from './meta';
export { VERSION } from './version';
export {
  WechatpayError, ConfigError, ArgumentError, CryptoError, ApiError, SignatureError, TransportError,
  type ApiErrorDetail, type SignatureFailure,
} from './errors';
export { Transformer, type XmlInput, type XmlRecord, type XmlValue, type XmlLimits } from './transformer';
export { ApiV2Error, type ApiV2Answer } from './v2/error';
export { XmlError } from './v2/xml-parse';
export { V2PaySign, type JsapiPayParams, type AppPayParams, type PaySignExtras } from './v2/paysign';
export { V2Client, type V2InterceptorIds } from './v2/client';
