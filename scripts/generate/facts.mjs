// The endpoint fact table: what the runtime must know about particular endpoints that the OpenAPI
// data does not say. Together with the data's own facts (file answers, `x-api-cert-required`,
// `x-base-uri`, `produces`) these become lib/openapi/catalogue.ts, the one source of endpoint facts
// the client, the verifier, the APIv2 client and the emulator read (lookups: lib/endpoints/,
// lib/v2/endpoints.ts). Each entry says where the fact comes from. Keys are catalogue keys.

/** APIv2 operations that answer a file on success; their schema only describes the failure XML. */
export const V2_FILE_ANSWERS = {
  keys: ['v2/pay/downloadbill', 'v2/pay/downloadfundflow', 'v2/sandboxnew/pay/downloadbill'],
  source:
    'WeChat Pay 下载对账单 / 下载资金账单 documentation, https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6 and chapter=9_18: success is the bill text (gzip when tar_type=GZIP), failure the XML.',
};

/** APIv3 file downloads the data does not describe as operations; like every APIv3 file answer, unsigned. */
export const V3_UNSIGNED_FILES = {
  ops: ['GET v3/statements', 'GET v3/new-tax-control-fapiao/download'],
  source:
    "The overseas statement download on the default host (the same answer as the data's `hk/v3/statements` and `v3/global/statements`); the e-invoice file behind the `download_url` that GET v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files answers (WeChat Pay 电子发票 下载发票文件 documentation: a file, no Wechatpay-* signature).",
};

/**
 * APIv2 operations answered without a `sign` (their `return_code`/`result_code` are still checked),
 * keyed without `v2/`. The data lists no such fact; the keys need not be catalogued operations.
 */
export const V2_UNSIGNED = {
  keys: [
    'mchrisk/querymchrisk',
    'mchrisk/setmchriskcallback',
    'mchrisk/syncmchriskresult',
    'mmpaymkttransfers/gethbinfo',
    'mmpaymkttransfers/gettransferinfo',
    'mmpaymkttransfers/pay_bank',
    'mmpaymkttransfers/query_bank',
    'mmpaymkttransfers/promotion/paywwsptrans2pocket',
    'mmpaymkttransfers/promotion/querywwsptrans2pocket',
    'mmpaymkttransfers/promotion/transfers',
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
  ],
  source:
    'The unsigned-answer list of the official APIv2 SDK wechatpay-php (its APIv2 response check), with the `mmpaysptrans/pay_bank` and `query_bank` paths as the Node SDK wechatpay-axios-plugin corrected them; the WeChat Pay documentation of these operations lists no `sign` among the answer fields.',
};

/** Key prefixes under which every APIv2 operation needs the merchant's TLS client certificate. */
export const CERTIFICATE_PREFIXES = {
  prefixes: ['v2/secapi/'],
  source:
    'WeChat Pay APIv2 documentation (证书使用: calls under https://api.mch.weixin.qq.com/secapi/ need the merchant API certificate); every `secapi/` operation of the data also carries `x-api-cert-required`, so the prefix covers only operations the data does not list yet.',
};

/** Hosts of whole families, where the data has no `x-base-uri`. */
export const FAMILY_HOSTS = {
  hosts: { global: 'https://apihk.mch.weixin.qq.com/' },
  source:
    'WeChat Pay 跨境报关 (customs) APIv3 documentation: the `global/v3/customs/…` operations are served from https://apihk.mch.weixin.qq.com/ (the data gives the other cross-border operation, `v3/global/certificates`, the same host as `x-base-uri`).',
};

/** The host an operation is served from when it is not the configured one (data first, then the family). */
export function hostOf(op) {
  return op.baseUri ?? FAMILY_HOSTS.hosts[op.family];
}
