/**
 * What the APIv2 client must know about particular endpoints: which answer without a sign (or not
 * in XML at all), which answer with a bill file, and which need the merchant's TLS client certificate.
 * Paths are relative to the base URL, without `v2/` and without a query (`pay/downloadbill`). Downloads
 * and certificate operations come from the generated runtime catalogue (`lib/openapi/catalogue.ts`).
 */
import { isDownloadPath, needsClientCertificate as catalogueNeedsCertificate } from '../openapi/catalogue';

/**
 * Answers WeChat Pay does not sign (wechatpay-php's list, plus the `mmpaysptrans` paths the Node
 * peer corrected). Their `return_code`/`result_code` are still checked when they answer in XML.
 */
const UNSIGNED = new Set([
  'mchrisk/querymchrisk',
  'mchrisk/setmchriskcallback',
  'mchrisk/syncmchriskresult',
  'mmpaymkttransfers/gethbinfo',
  'mmpaymkttransfers/gettransferinfo',
  'mmpaymkttransfers/pay_bank',
  'mmpaymkttransfers/promotion/paywwsptrans2pocket',
  'mmpaymkttransfers/promotion/querywwsptrans2pocket',
  'mmpaymkttransfers/promotion/transfers',
  'mmpaymkttransfers/query_bank',
  'mmpaymkttransfers/sendgroupredpack',
  'mmpaymkttransfers/sendminiprogramhb',
  'mmpaymkttransfers/sendredpack',
  'mmpaysptrans/pay_bank',
  'mmpaysptrans/query_bank',
  'papay/entrustweb',
  'papay/h5entrustweb',
  'papay/partner/entrustweb',
  'papay/partner/h5entrustweb',
  'pay/downloadbill',
  'pay/downloadfundflow',
  'payitil/report',
  'risk/getpublickey',
  'risk/getviolation',
  'secapi/mch/submchmanage',
  'xdc/apiv2getsignkey/sign/getsignkey',
  'appauth/getaccesstoken',
]);

/** Answers in JSON (`{retcode, retmsg, …}`) instead of XML. */
const JSON_ANSWERS = new Set(['appauth/getaccesstoken']);

/** The path as the lists spell it: no leading slash, no query, no sandbox prefix. */
export function endpointKey(path: string): string {
  const q = path.search(/[?#]/);
  const bare = (q < 0 ? path : path.slice(0, q)).replace(/^\/+/, '');
  return bare.replace(/^sandboxnew\//, '');
}

/** True when the endpoint answers without a sign (it is then passed through unverified). */
export function isUnsignedV2(path: string): boolean {
  return UNSIGNED.has(endpointKey(path));
}

/** True for the bill downloads (`pay/downloadbill`, `pay/downloadfundflow`), from the runtime catalogue. */
export function isBillV2(path: string): boolean {
  return isDownloadPath(`v2/${endpointKey(path)}`);
}

/** True when the endpoint answers in JSON. */
export function isJsonV2(path: string): boolean {
  return JSON_ANSWERS.has(endpointKey(path));
}

/**
 * True when the operation needs the merchant's TLS client certificate: the runtime catalogue's
 * `x-api-cert-required` operations, and anything under `secapi/` (which the catalogue may not list yet).
 */
export function needsClientCertificate(path: string): boolean {
  const key = endpointKey(path);
  return key.startsWith('secapi/') || catalogueNeedsCertificate(`v2/${key}`);
}
