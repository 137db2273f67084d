// generated — do not edit; run npm run generate
/**
 * The runtime catalogue: what the client must know about particular endpoints, as data, from the
 * OpenAPI data and the generator's fact table (scripts/generate/facts.mjs). Keys are catalogue keys
 * (`v3/…`, `v2/…`, `hk/v3/…`, `global/v3/…`); the lookups are in lib/endpoints/ and lib/v2/endpoints.ts.
 * Counts: 10 downloads, 15 uploads, 9 unsigned APIv3 files, 57 certificate calls, 27 unsigned APIv2 answers, 1 JSON APIv2 answers, 9 non-default hosts.
 */

/** [METHOD, catalogue key] */
export type CatalogueEntry = readonly [method: string, key: string];

/** Operations whose 2xx answer is a file (bills, statements, images, PDFs), not JSON/XML. */
export const DOWNLOADS: readonly CatalogueEntry[] = [
  ['GET', 'hk/v3/statements'],
  ['POST', 'v2/pay/downloadbill'],
  ['POST', 'v2/pay/downloadfundflow'],
  ['POST', 'v2/sandboxnew/pay/downloadbill'],
  ['GET', 'v3/billdownload/file'],
  ['GET', 'v3/global/merchant-service/images/{media_id}'],
  ['GET', 'v3/global/statements'],
  ['GET', 'v3/merchant-service/images/{media_id}'],
  ['GET', 'v3/transferdownload/elecvoucherfile'],
  ['GET', 'v3/transferdownload/signfile'],
];

/** Operations that send a multipart/form-data body (file + meta). */
export const UPLOADS: readonly CatalogueEntry[] = [
  ['POST', 'v2/secapi/mch/uploadmedia'],
  ['POST', 'v3/ecommerce/account/cancel-applications/media'],
  ['POST', 'v3/global/merchant-service/images/upload'],
  ['POST', 'v3/global/merchant-storage/file/upload'],
  ['POST', 'v3/marketing/bank/packages/{package_id}/tasks'],
  ['POST', 'v3/marketing/favor/media/image-upload'],
  ['POST', 'v3/marketing/partner/product-coupon/media/upload-image'],
  ['POST', 'v3/marketing/shopping-receipt/shoppingreceipts'],
  ['POST', 'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload'],
  ['POST', 'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload'],
  ['POST', 'v3/merchant-service/images/upload'],
  ['POST', 'v3/merchant/media/upload'],
  ['POST', 'v3/merchant/media/video_upload'],
  ['POST', 'v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file'],
  ['POST', 'v3/taxi-invoice/cards/upload-file'],
];

/** APIv3 file downloads whose 2xx answer WeChat Pay does not sign (any method): the data's APIv3 downloads and the fact table's. */
export const UNSIGNED_V3: readonly string[] = [
  'hk/v3/statements',
  'v3/billdownload/file',
  'v3/global/merchant-service/images/{media_id}',
  'v3/global/statements',
  'v3/merchant-service/images/{media_id}',
  'v3/new-tax-control-fapiao/download',
  'v3/statements',
  'v3/transferdownload/elecvoucherfile',
  'v3/transferdownload/signfile',
];

/** Matchers for the keys above that hold `{variables}`: a variable is one segment, literal sibling paths excluded. */
export const PATTERNS: Readonly<Record<string, RegExp>> = {
  'v3/global/merchant-service/images/{media_id}': /^v3\/global\/merchant-service\/images\/(?!(?:upload)$)[^/]+$/,
  'v3/marketing/bank/packages/{package_id}/tasks': /^v3\/marketing\/bank\/packages\/[^/]+\/tasks$/,
  'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload': /^v3\/mch-manage\/submission-files\/sub-mchid\/[^/]+\/upload$/,
  'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload': /^v3\/mch-operation-manage\/enhanced-due-diligence\/[^/]+\/upload$/,
  'v3/merchant-service/images/{media_id}': /^v3\/merchant-service\/images\/(?!(?:upload)$)[^/]+$/,
};

/** APIv2 operations that need the merchant TLS client certificate (`x-api-cert-required`). */
export const CLIENT_CERTIFICATE: readonly string[] = [
  'v2/applyment/micro/getstate',
  'v2/applyment/micro/getupgradestate',
  'v2/applyment/micro/modifyarchives',
  'v2/applyment/micro/modifycontactinfo',
  'v2/applyment/micro/signcontract',
  'v2/applyment/micro/submit',
  'v2/applyment/micro/submitupgrade',
  'v2/billcommentsp/batchquerycomment',
  'v2/deposit/consume',
  'v2/deposit/refund',
  'v2/deposit/reverse',
  'v2/fund/queryautowithdrawbydate',
  'v2/fund/reautowithdrawbydate',
  'v2/mchrisk/querymchrisk',
  'v2/mchrisk/syncmchriskresult',
  'v2/mmpaymkttransfers/gethbinfo',
  'v2/mmpaymkttransfers/gettransferinfo',
  'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket',
  'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket',
  'v2/mmpaymkttransfers/promotion/transfers',
  'v2/mmpaymkttransfers/queryworkwxredpack',
  'v2/mmpaymkttransfers/send_coupon',
  'v2/mmpaymkttransfers/sendgroupredpack',
  'v2/mmpaymkttransfers/sendminiprogramhb',
  'v2/mmpaymkttransfers/sendredpack',
  'v2/mmpaymkttransfers/sendworkwxredpack',
  'v2/mmpaysptrans/pay_bank',
  'v2/mmpaysptrans/query_bank',
  'v2/pay/downloadfundflow',
  'v2/risk/getpublickey',
  'v2/risk/getviolation',
  'v2/secapi/mch/addInstitutionsub',
  'v2/secapi/mch/addsubdevconfig',
  'v2/secapi/mch/channelsetting',
  'v2/secapi/mch/modifyInstitutionsub',
  'v2/secapi/mch/modifymchinfo',
  'v2/secapi/mch/queryInstitutionsub',
  'v2/secapi/mch/querysubdevconfig',
  'v2/secapi/mch/submchmanage',
  'v2/secapi/mch/uploadmedia',
  'v2/secapi/mkt/addrecommendconf',
  'v2/secapi/pay/facepayreverse',
  'v2/secapi/pay/multiprofitsharing',
  'v2/secapi/pay/profitsharing',
  'v2/secapi/pay/profitsharingfinish',
  'v2/secapi/pay/profitsharingreturn',
  'v2/secapi/pay/refund',
  'v2/secapi/pay/refundv2',
  'v2/secapi/pay/reverse',
  'v2/wxv/cancelbill',
  'v2/wxv/changerentmoney',
  'v2/wxv/createhotelbill',
  'v2/wxv/createrentbill',
  'v2/wxv/finishhotelbill',
  'v2/wxv/finishrentbill',
  'v2/wxv/queryhotelbill',
  'v2/wxv/queryrentbill',
];

/** Key prefixes whose every operation needs the merchant TLS client certificate (fact table). */
export const CLIENT_CERTIFICATE_PREFIXES: readonly string[] = [
  'v2/secapi/',
];

/** APIv2 operations answered without a `sign` (fact table); their codes are still checked. */
export const UNSIGNED_V2: readonly string[] = [
  'v2/appauth/getaccesstoken',
  'v2/mchrisk/querymchrisk',
  'v2/mchrisk/setmchriskcallback',
  'v2/mchrisk/syncmchriskresult',
  'v2/mmpaymkttransfers/gethbinfo',
  'v2/mmpaymkttransfers/gettransferinfo',
  'v2/mmpaymkttransfers/pay_bank',
  'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket',
  'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket',
  'v2/mmpaymkttransfers/promotion/transfers',
  'v2/mmpaymkttransfers/query_bank',
  'v2/mmpaymkttransfers/sendgroupredpack',
  'v2/mmpaymkttransfers/sendminiprogramhb',
  'v2/mmpaymkttransfers/sendredpack',
  'v2/mmpaysptrans/pay_bank',
  'v2/mmpaysptrans/query_bank',
  'v2/papay/entrustweb',
  'v2/papay/h5entrustweb',
  'v2/papay/partner/entrustweb',
  'v2/papay/partner/h5entrustweb',
  'v2/pay/downloadbill',
  'v2/pay/downloadfundflow',
  'v2/payitil/report',
  'v2/risk/getpublickey',
  'v2/risk/getviolation',
  'v2/secapi/mch/submchmanage',
  'v2/xdc/apiv2getsignkey/sign/getsignkey',
];

/** APIv2 operations answered in JSON (`{retcode, retmsg, …}`) instead of XML (`produces: application/json`). */
export const JSON_V2: readonly string[] = [
  'v2/appauth/getaccesstoken',
];

/** Operations served by another host than the configured `baseURL`. */
export const HOSTS: Readonly<Record<string, string>> = {
  'global/v3/customs/orders': 'https://apihk.mch.weixin.qq.com/',
  'global/v3/customs/redeclare': 'https://apihk.mch.weixin.qq.com/',
  'global/v3/customs/verify-certificate': 'https://apihk.mch.weixin.qq.com/',
  'v2/appauth/authindex': 'https://payapp.mch.weixin.qq.com/',
  'v2/face/get_wxpayface_authinfo': 'https://payapp.weixin.qq.com/',
  'v2/risk/getpublickey': 'https://fraud.mch.weixin.qq.com/',
  'v2/secsvc/getrealnameinfo': 'https://fraud.mch.weixin.qq.com/',
  'v2/secsvc/realnameauth': 'https://fraud.mch.weixin.qq.com/',
  'v3/global/certificates': 'https://apihk.mch.weixin.qq.com/',
};
