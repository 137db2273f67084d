/**
 * `wechatpay-chain/emulator`: a local WeChat Pay gateway for tests, examples and development.
 * @packageDocumentation
 */
export {
  Emulator,
  type EmulatorOptions,
  type EmulatorClientOptions,
  type EmulatorEvents,
  type TransactionEvent,
  type RefundEvent,
  type RequestRecord,
  type NotificationRecord,
  type PayOptions,
} from './emulator';
export {
  createDemoMerchant,
  createPlatform,
  createAuthority,
  generateRsa,
  randomPublicKeyId,
  CA_NAME,
  type DemoMerchant,
  type DemoMerchantOptions,
  type PlatformIdentity,
  type PlatformInfo,
  type PlatformOptions,
  type CertificateAuthority,
  type RsaPair,
} from './identity';
export { createCertificate, randomSerial, type CertificateOptions, type DistinguishedName } from './x509';
export { MerchantState, type MerchantConfig, type SigningMode } from './merchant';
export { Router, type Route, type Reply, type Handler, type Method, type Match } from './router';
export { RouteContext } from './context';
export { Failure, signError, paramError, invalidRequest, noAuth, notFound, type FailureDetail, type FailureLocation } from './failure';
export { checkRequest, parseAuthorization, AUTH_SCHEME, type AuthorizationFields } from './auth';
export { AnswerSigner } from './answer';
export { type FaultSpec, type Fault, type RateLimit } from './faults';
export { billSettings, injectBillFault, billDownloads, type BillSettings, type BillFault } from './routes/bills';
export {
  transactionResource,
  refundResource,
  seedFaceCollections,
  rfc3339,
  DEMO_ORGANIZATION_ID,
  type Transaction,
  type Refund,
  type FaceCollection,
  type TradeState,
  type TradeType,
  type RefundStatus,
} from './records';
export { Notifier } from './notify/notifier';
export { PLATFORM_SCHEDULE_MS, type NotifyOptions, type DeliveryRecord, type DeliveryAttempt, type Outgoing } from './notify/types';
export { isLocalHost } from './notify/post';
export { refundNotificationResource } from './ledger/notices';
