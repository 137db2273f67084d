/**
 * wechatpay-chain: a chainable, typed WeChat Pay APIv3/APIv2 client.
 * @packageDocumentation
 */
export { Builder, createDriver } from './builder';
export type { ClientConfig, MerchantCertificate } from './config';
export type { UntypedNode, UntypedVerb } from './untyped';
export { Driver, type WechatpayResponse, type ProtocolAdapter, type PreparedOptions } from './request/driver';
export { ChainPromise } from './request/promise';
export type {
  Client,
  Paths,
  Nodes,
  NodeBase,
  RootBase,
  Verbs,
  Verb,
  Operation,
  CallOptions,
  CallResult,
  OptionsOf,
  DataOf,
  BinaryBody,
  UploadBody,
  V2Extras,
} from './typed';
export { KeyStore, type KeyEntry, type KeyRefresher, PUBLIC_KEY_ID_PREFIX } from './crypto/keystore';
export { Rsa, type KeyLike, type KeyType } from './crypto/rsa';
export { AesGcm, AesEcb } from './crypto/aes';
export { Hash, type SignType } from './crypto/hash';
export { Formatter } from './crypto/formatter';
export { PemUtil } from './crypto/pem';
export { normalizeSegment } from './request/segment';
export { expand, serializeQuery, type QueryValue } from './request/uri';
export { checkSignature, type SignedMessage } from './request/verify';
export { isUnsignedPath } from './endpoints/unsigned';
export { type Signer } from './request/sign';
export { type RequestOptions, type HeaderValues } from './request/options';
export { SIGNED_BODY } from './request/meta';
export { VERSION } from './version';
export {
  WechatpayError,
  ConfigError,
  ArgumentError,
  CryptoError,
  RequestError,
  ApiError,
  SignatureError,
  TransportError,
  type ApiErrorDetail,
  type SignatureFailure,
  type RequestSummary,
  type ResponseSummary,
  type WechatpayErrorJSON,
} from './errors';
export { Transformer, type XmlInput, type XmlRecord, type XmlValue, type XmlLimits } from './helpers/transformer';
export { ApiV2Error, type ApiV2Answer } from './v2/error';
export { XmlError } from './v2/xml-parse';
export { V2PaySign, type JsapiPayParams, type AppPayParams, type PaySignExtras } from './v2/paysign';
export { V2Client } from './v2/client';
export { Call, type CallInit, type AttemptConfig, type Step } from './request/call';
export { Steps, V3_STEPS, V2_STEPS, HOOKS, type Hook } from './request/flow';
export { type RetryPolicy, type Next, DEFAULT_RETRY } from './request/retry';
export { type FailoverOptions, BACKUP_HOSTS } from './request/failover';
export { type AttemptEvent, type AttemptListener } from './request/observe';
export { DEFAULT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT, DEFAULT_MAX_ANSWER } from './request/limits';
export { type CallControls } from './request/options';
export {
  Notification,
  NotificationError,
  MemoryDedupStore,
  DEFAULT_DEDUP_TTL,
  DEFAULT_DEDUP_LEASE,
  RedisDedupStore,
  DedupError,
  type DedupClaim,
  type DedupFailure,
  type RedisDedupStoreOptions,
  type RedisClientLike,
  type IoRedisLike,
  type NodeRedisLike,
  type NotificationFailure,
  type NotificationEvent,
  type NotificationEventOf,
  type KnownEventType,
  type NotificationResources,
  type NotificationEnvelope,
  type EncryptedResource,
  type VerifiedNotification,
  type UntypedNotificationEvent,
  type TransactionResource,
  type PartnerTransactionResource,
  type RefundResource,
  type ComplaintResource,
  type PromotionDetail,
  type TradeState,
  type TradeType,
  type RefundStatus,
  type TransactionSuccessEvent,
  type RefundEvent,
  type ComplaintEvent,
  type NotificationRequest,
  type ParseOptions as NotificationParseOptions,
  type ParseV2Options as NotificationParseV2Options,
  type V2Notification,
  type V2PaymentNotification,
  type V2RefundNotification,
  type V2RefundInfo,
  type HandlerOptions as NotificationHandlerOptions,
  type V2HandlerOptions as NotificationV2HandlerOptions,
  type HandlerCommonOptions as NotificationHandlerCommonOptions,
  type NotificationContext,
  type NotificationListener,
  type V2NotificationListener,
  type FailureStage as NotificationFailureStage,
  type DedupStore,
  type MemoryDedupStoreOptions,
  type NotificationHeaders,
  type NotificationReply,
  type HttpNotificationHandler,
  type ExpressNotificationMiddleware,
  type KoaNotificationMiddleware,
  type KoaContextLike,
  type FastifyNotificationPlugin,
  type FastifyInstanceLike,
  type FastifyRequestLike,
  type FastifyReplyLike,
} from './notification';
export { MediaUtil, type MediaStream, type MediaOptions, mimeOf } from './helpers/media';
export {
  Download,
  DownloadError,
  type DownloadFailure,
  type DownloadOptions,
  type DownloadStream,
  type FileDescriptor,
  type BillAnswer,
  type SavedFile,
  type ClientLike,
} from './download';
export {
  PlatformCertificates,
  fetchCertificates,
  downloadCertificates,
  certificateKeyStore,
  type PlatformCertificate,
  type AutoRefreshOptions,
  type RefreshResult,
  type RefreshReason,
  type FetchCertificatesOptions,
  type DownloadCertificatesConfig,
} from './certificates';
export { Sensitive, type EncryptionKeys, type EncryptOptions, type EncryptedRequest } from './helpers/sensitive';
export { PaySign, type JsapiParams, type AppParams, type JsapiInput, type AppInput, type Prepay } from './helpers/paysign';
