/**
 * What the APIv2 client must know about particular endpoints: which answer without a sign (or not
 * in XML at all), which answer with a bill file, and which need the merchant's TLS client certificate.
 * Paths are relative to the base URL, without `v2/` and without a query (`pay/downloadbill`).
 */

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

/** Bill downloads: a text or gzip file on success, an `<xml>` error otherwise. */
const BILLS = new Set(['pay/downloadbill', 'pay/downloadfundflow']);

/** Answers in JSON (`{retcode, retmsg, …}`) instead of XML. */
const JSON_ANSWERS = new Set(['appauth/getaccesstoken']);

/**
 * Operations marked `x-api-cert-required` in the WeChat Pay OpenAPI description, besides everything
 * under `secapi/` (which this client always sends with the certificate).
 */
const CERTIFICATE = new Set([
  'applyment/micro/getstate', 'applyment/micro/getupgradestate', 'applyment/micro/modifyarchives',
  'applyment/micro/modifycontactinfo', 'applyment/micro/signcontract', 'applyment/micro/submit',
  'applyment/micro/submitupgrade', 'billcommentsp/batchquerycomment',
  'deposit/consume', 'deposit/refund', 'deposit/reverse',
  'fund/queryautowithdrawbydate', 'fund/reautowithdrawbydate',
  'mchrisk/querymchrisk', 'mchrisk/syncmchriskresult',
  'mmpaymkttransfers/gethbinfo', 'mmpaymkttransfers/gettransferinfo',
  'mmpaymkttransfers/promotion/paywwsptrans2pocket', 'mmpaymkttransfers/promotion/querywwsptrans2pocket',
  'mmpaymkttransfers/promotion/transfers', 'mmpaymkttransfers/queryworkwxredpack', 'mmpaymkttransfers/send_coupon',
  'mmpaymkttransfers/sendgroupredpack', 'mmpaymkttransfers/sendminiprogramhb', 'mmpaymkttransfers/sendredpack',
  'mmpaymkttransfers/sendworkwxredpack',
  'mmpaysptrans/pay_bank', 'mmpaysptrans/query_bank',
  'pay/downloadfundflow',
  'risk/getpublickey', 'risk/getviolation',
  'wxv/cancelbill', 'wxv/changerentmoney', 'wxv/createhotelbill', 'wxv/createrentbill', 'wxv/finishhotelbill',
  'wxv/finishrentbill', 'wxv/queryhotelbill', 'wxv/queryrentbill',
]);

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

/** True for the bill downloads (`pay/downloadbill`, `pay/downloadfundflow`). */
export function isBillV2(path: string): boolean {
  return BILLS.has(endpointKey(path));
}

/** True when the endpoint answers in JSON. */
export function isJsonV2(path: string): boolean {
  return JSON_ANSWERS.has(endpointKey(path));
}

/** True when the operation needs the merchant's TLS client certificate. */
export function needsClientCertificate(path: string): boolean {
  const key = endpointKey(path);
  return key.startsWith('secapi/') || CERTIFICATE.has(key);
}
