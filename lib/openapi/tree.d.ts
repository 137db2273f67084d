// generated — do not edit; run npm run generate

/** Every node of the path tree by its path (`''` is the client root): property → child path. */
export interface Tree {
  '': {
    global: 'global';
    hk: 'hk';
    v2: 'v2';
    v3: 'v3';
  };
  'global': {
    v3: 'global/v3';
  };
  'global/v3': {
    customs: 'global/v3/customs';
  };
  'global/v3/customs': {
    orders: 'global/v3/customs/orders';
    redeclare: 'global/v3/customs/redeclare';
    verifyCertificate: 'global/v3/customs/verify-certificate';
  };
  'global/v3/customs/orders': {};
  'global/v3/customs/redeclare': {};
  'global/v3/customs/verify-certificate': {};
  'hk': {
    v3: 'hk/v3';
  };
  'hk/v3': {
    certificates: 'hk/v3/certificates';
    merchants: 'hk/v3/merchants';
    refunds: 'hk/v3/refunds';
    settle: 'hk/v3/settle';
    statements: 'hk/v3/statements';
    transactions: 'hk/v3/transactions';
  };
  'hk/v3/certificates': {};
  'hk/v3/merchants': {
    _sub_mchid_: 'hk/v3/merchants/{sub_mchid}';
    '{sub_mchid}': 'hk/v3/merchants/{sub_mchid}';
  };
  'hk/v3/merchants/{sub_mchid}': {};
  'hk/v3/refunds': {
    id: 'hk/v3/refunds/id';
    outRefundNo: 'hk/v3/refunds/out-refund-no';
  };
  'hk/v3/refunds/id': {
    _refund_id_: 'hk/v3/refunds/id/{refund_id}';
    '{refund_id}': 'hk/v3/refunds/id/{refund_id}';
  };
  'hk/v3/refunds/id/{refund_id}': {};
  'hk/v3/refunds/out-refund-no': {
    _out_refund_no_: 'hk/v3/refunds/out-refund-no/{out_refund_no}';
    '{out_refund_no}': 'hk/v3/refunds/out-refund-no/{out_refund_no}';
  };
  'hk/v3/refunds/out-refund-no/{out_refund_no}': {};
  'hk/v3/settle': {
    settlements: 'hk/v3/settle/settlements';
  };
  'hk/v3/settle/settlements': {};
  'hk/v3/statements': {};
  'hk/v3/transactions': {
    app: 'hk/v3/transactions/app';
    id: 'hk/v3/transactions/id';
    jsapi: 'hk/v3/transactions/jsapi';
    micropay: 'hk/v3/transactions/micropay';
    mweb: 'hk/v3/transactions/mweb';
    native: 'hk/v3/transactions/native';
    outTradeNo: 'hk/v3/transactions/out-trade-no';
  };
  'hk/v3/transactions/app': {};
  'hk/v3/transactions/id': {
    _transaction_id_: 'hk/v3/transactions/id/{transaction_id}';
    '{transaction_id}': 'hk/v3/transactions/id/{transaction_id}';
  };
  'hk/v3/transactions/id/{transaction_id}': {
    close: 'hk/v3/transactions/id/{transaction_id}/close';
    reverse: 'hk/v3/transactions/id/{transaction_id}/reverse';
  };
  'hk/v3/transactions/id/{transaction_id}/close': {};
  'hk/v3/transactions/id/{transaction_id}/reverse': {};
  'hk/v3/transactions/jsapi': {};
  'hk/v3/transactions/micropay': {};
  'hk/v3/transactions/mweb': {};
  'hk/v3/transactions/native': {};
  'hk/v3/transactions/out-trade-no': {
    _out_trade_no_: 'hk/v3/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'hk/v3/transactions/out-trade-no/{out_trade_no}';
  };
  'hk/v3/transactions/out-trade-no/{out_trade_no}': {
    close: 'hk/v3/transactions/out-trade-no/{out_trade_no}/close';
    reverse: 'hk/v3/transactions/out-trade-no/{out_trade_no}/reverse';
  };
  'hk/v3/transactions/out-trade-no/{out_trade_no}/close': {};
  'hk/v3/transactions/out-trade-no/{out_trade_no}/reverse': {};
  'v2': {
    appauth: 'v2/appauth';
    applyment: 'v2/applyment';
    billcommentsp: 'v2/billcommentsp';
    cgiBin: 'v2/cgi-bin';
    deposit: 'v2/deposit';
    face: 'v2/face';
    fund: 'v2/fund';
    mchrisk: 'v2/mchrisk';
    mmpaymkttransfers: 'v2/mmpaymkttransfers';
    mmpaysptrans: 'v2/mmpaysptrans';
    papay: 'v2/papay';
    pay: 'v2/pay';
    payitil: 'v2/payitil';
    risk: 'v2/risk';
    sandboxnew: 'v2/sandboxnew';
    secapi: 'v2/secapi';
    secsvc: 'v2/secsvc';
    tools: 'v2/tools';
    transit: 'v2/transit';
    vehicle: 'v2/vehicle';
    wxv: 'v2/wxv';
    xdc: 'v2/xdc';
  };
  'v2/appauth': {
    authindex: 'v2/appauth/authindex';
    getaccesstoken: 'v2/appauth/getaccesstoken';
  };
  'v2/appauth/authindex': {};
  'v2/appauth/getaccesstoken': {};
  'v2/applyment': {
    micro: 'v2/applyment/micro';
  };
  'v2/applyment/micro': {
    getstate: 'v2/applyment/micro/getstate';
    getupgradestate: 'v2/applyment/micro/getupgradestate';
    modifyarchives: 'v2/applyment/micro/modifyarchives';
    modifycontactinfo: 'v2/applyment/micro/modifycontactinfo';
    signcontract: 'v2/applyment/micro/signcontract';
    submit: 'v2/applyment/micro/submit';
    submitupgrade: 'v2/applyment/micro/submitupgrade';
  };
  'v2/applyment/micro/getstate': {};
  'v2/applyment/micro/getupgradestate': {};
  'v2/applyment/micro/modifyarchives': {};
  'v2/applyment/micro/modifycontactinfo': {};
  'v2/applyment/micro/signcontract': {};
  'v2/applyment/micro/submit': {};
  'v2/applyment/micro/submitupgrade': {};
  'v2/billcommentsp': {
    batchquerycomment: 'v2/billcommentsp/batchquerycomment';
  };
  'v2/billcommentsp/batchquerycomment': {};
  'v2/cgi-bin': {
    mch: 'v2/cgi-bin/mch';
  };
  'v2/cgi-bin/mch': {
    customs: 'v2/cgi-bin/mch/customs';
    newcustoms: 'v2/cgi-bin/mch/newcustoms';
  };
  'v2/cgi-bin/mch/customs': {
    customdeclareorder: 'v2/cgi-bin/mch/customs/customdeclareorder';
    customdeclarequery: 'v2/cgi-bin/mch/customs/customdeclarequery';
  };
  'v2/cgi-bin/mch/customs/customdeclareorder': {};
  'v2/cgi-bin/mch/customs/customdeclarequery': {};
  'v2/cgi-bin/mch/newcustoms': {
    customdeclareredeclare: 'v2/cgi-bin/mch/newcustoms/customdeclareredeclare';
  };
  'v2/cgi-bin/mch/newcustoms/customdeclareredeclare': {};
  'v2/deposit': {
    consume: 'v2/deposit/consume';
    facepay: 'v2/deposit/facepay';
    micropay: 'v2/deposit/micropay';
    orderquery: 'v2/deposit/orderquery';
    refund: 'v2/deposit/refund';
    refundquery: 'v2/deposit/refundquery';
    reverse: 'v2/deposit/reverse';
    unifiedorder: 'v2/deposit/unifiedorder';
  };
  'v2/deposit/consume': {};
  'v2/deposit/facepay': {};
  'v2/deposit/micropay': {};
  'v2/deposit/orderquery': {};
  'v2/deposit/refund': {};
  'v2/deposit/refundquery': {};
  'v2/deposit/reverse': {};
  'v2/deposit/unifiedorder': {};
  'v2/face': {
    get_wxpayface_authinfo: 'v2/face/get_wxpayface_authinfo';
  };
  'v2/face/get_wxpayface_authinfo': {};
  'v2/fund': {
    queryautowithdrawbydate: 'v2/fund/queryautowithdrawbydate';
    reautowithdrawbydate: 'v2/fund/reautowithdrawbydate';
  };
  'v2/fund/queryautowithdrawbydate': {};
  'v2/fund/reautowithdrawbydate': {};
  'v2/mchrisk': {
    bankquerymchauditinfo: 'v2/mchrisk/bankquerymchauditinfo';
    channelquerymchauditinfo: 'v2/mchrisk/channelquerymchauditinfo';
    querymchrisk: 'v2/mchrisk/querymchrisk';
    setmchriskcallback: 'v2/mchrisk/setmchriskcallback';
    syncmchriskresult: 'v2/mchrisk/syncmchriskresult';
  };
  'v2/mchrisk/bankquerymchauditinfo': {};
  'v2/mchrisk/channelquerymchauditinfo': {};
  'v2/mchrisk/querymchrisk': {};
  'v2/mchrisk/setmchriskcallback': {};
  'v2/mchrisk/syncmchriskresult': {};
  'v2/mmpaymkttransfers': {
    gethbinfo: 'v2/mmpaymkttransfers/gethbinfo';
    gettransferinfo: 'v2/mmpaymkttransfers/gettransferinfo';
    promotion: 'v2/mmpaymkttransfers/promotion';
    query_coupon_stock: 'v2/mmpaymkttransfers/query_coupon_stock';
    querycouponsinfo: 'v2/mmpaymkttransfers/querycouponsinfo';
    queryworkwxredpack: 'v2/mmpaymkttransfers/queryworkwxredpack';
    send_coupon: 'v2/mmpaymkttransfers/send_coupon';
    sendgroupredpack: 'v2/mmpaymkttransfers/sendgroupredpack';
    sendminiprogramhb: 'v2/mmpaymkttransfers/sendminiprogramhb';
    sendredpack: 'v2/mmpaymkttransfers/sendredpack';
    sendworkwxredpack: 'v2/mmpaymkttransfers/sendworkwxredpack';
  };
  'v2/mmpaymkttransfers/gethbinfo': {};
  'v2/mmpaymkttransfers/gettransferinfo': {};
  'v2/mmpaymkttransfers/promotion': {
    paywwsptrans2pocket: 'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket';
    querywwsptrans2pocket: 'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket';
    transfers: 'v2/mmpaymkttransfers/promotion/transfers';
  };
  'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket': {};
  'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket': {};
  'v2/mmpaymkttransfers/promotion/transfers': {};
  'v2/mmpaymkttransfers/query_coupon_stock': {};
  'v2/mmpaymkttransfers/querycouponsinfo': {};
  'v2/mmpaymkttransfers/queryworkwxredpack': {};
  'v2/mmpaymkttransfers/send_coupon': {};
  'v2/mmpaymkttransfers/sendgroupredpack': {};
  'v2/mmpaymkttransfers/sendminiprogramhb': {};
  'v2/mmpaymkttransfers/sendredpack': {};
  'v2/mmpaymkttransfers/sendworkwxredpack': {};
  'v2/mmpaysptrans': {
    pay_bank: 'v2/mmpaysptrans/pay_bank';
    query_bank: 'v2/mmpaysptrans/query_bank';
  };
  'v2/mmpaysptrans/pay_bank': {};
  'v2/mmpaysptrans/query_bank': {};
  'v2/papay': {
    deletecontract: 'v2/papay/deletecontract';
    entrustweb: 'v2/papay/entrustweb';
    h5entrustweb: 'v2/papay/h5entrustweb';
    partner: 'v2/papay/partner';
    preentrustweb: 'v2/papay/preentrustweb';
    querycontract: 'v2/papay/querycontract';
  };
  'v2/papay/deletecontract': {};
  'v2/papay/entrustweb': {};
  'v2/papay/h5entrustweb': {};
  'v2/papay/partner': {
    deletecontract: 'v2/papay/partner/deletecontract';
    entrustweb: 'v2/papay/partner/entrustweb';
    h5entrustweb: 'v2/papay/partner/h5entrustweb';
    preentrustweb: 'v2/papay/partner/preentrustweb';
    querycontract: 'v2/papay/partner/querycontract';
  };
  'v2/papay/partner/deletecontract': {};
  'v2/papay/partner/entrustweb': {};
  'v2/papay/partner/h5entrustweb': {};
  'v2/papay/partner/preentrustweb': {};
  'v2/papay/partner/querycontract': {};
  'v2/papay/preentrustweb': {};
  'v2/papay/querycontract': {};
  'v2/pay': {
    closecombinedorder: 'v2/pay/closecombinedorder';
    closeorder: 'v2/pay/closeorder';
    combinedorder: 'v2/pay/combinedorder';
    contractorder: 'v2/pay/contractorder';
    downloadbill: 'v2/pay/downloadbill';
    downloadfundflow: 'v2/pay/downloadfundflow';
    facepay: 'v2/pay/facepay';
    facepayquery: 'v2/pay/facepayquery';
    micropay: 'v2/pay/micropay';
    orderquery: 'v2/pay/orderquery';
    paporderquery: 'v2/pay/paporderquery';
    pappayapply: 'v2/pay/pappayapply';
    partner: 'v2/pay/partner';
    profitsharingaddreceiver: 'v2/pay/profitsharingaddreceiver';
    profitsharingmerchantratioquery: 'v2/pay/profitsharingmerchantratioquery';
    profitsharingorderamountquery: 'v2/pay/profitsharingorderamountquery';
    profitsharingquery: 'v2/pay/profitsharingquery';
    profitsharingremovereceiver: 'v2/pay/profitsharingremovereceiver';
    profitsharingreturnquery: 'v2/pay/profitsharingreturnquery';
    querycombinedorder: 'v2/pay/querycombinedorder';
    queryexchagerate: 'v2/pay/queryexchagerate';
    refundquery: 'v2/pay/refundquery';
    refundqueryv2: 'v2/pay/refundqueryv2';
    settlementquery: 'v2/pay/settlementquery';
    unifiedorder: 'v2/pay/unifiedorder';
  };
  'v2/pay/closecombinedorder': {};
  'v2/pay/closeorder': {};
  'v2/pay/combinedorder': {};
  'v2/pay/contractorder': {};
  'v2/pay/downloadbill': {};
  'v2/pay/downloadfundflow': {};
  'v2/pay/facepay': {};
  'v2/pay/facepayquery': {};
  'v2/pay/micropay': {};
  'v2/pay/orderquery': {};
  'v2/pay/paporderquery': {};
  'v2/pay/pappayapply': {};
  'v2/pay/partner': {
    paporderquery: 'v2/pay/partner/paporderquery';
    pappayapply: 'v2/pay/partner/pappayapply';
  };
  'v2/pay/partner/paporderquery': {};
  'v2/pay/partner/pappayapply': {};
  'v2/pay/profitsharingaddreceiver': {};
  'v2/pay/profitsharingmerchantratioquery': {};
  'v2/pay/profitsharingorderamountquery': {};
  'v2/pay/profitsharingquery': {};
  'v2/pay/profitsharingremovereceiver': {};
  'v2/pay/profitsharingreturnquery': {};
  'v2/pay/querycombinedorder': {};
  'v2/pay/queryexchagerate': {};
  'v2/pay/refundquery': {};
  'v2/pay/refundqueryv2': {};
  'v2/pay/settlementquery': {};
  'v2/pay/unifiedorder': {};
  'v2/payitil': {
    report: 'v2/payitil/report';
  };
  'v2/payitil/report': {};
  'v2/risk': {
    getcertficates: 'v2/risk/getcertficates';
    getpublickey: 'v2/risk/getpublickey';
    getviolation: 'v2/risk/getviolation';
  };
  'v2/risk/getcertficates': {};
  'v2/risk/getpublickey': {};
  'v2/risk/getviolation': {};
  'v2/sandboxnew': {
    pay: 'v2/sandboxnew/pay';
  };
  'v2/sandboxnew/pay': {
    downloadbill: 'v2/sandboxnew/pay/downloadbill';
    getsignkey: 'v2/sandboxnew/pay/getsignkey';
    micropay: 'v2/sandboxnew/pay/micropay';
    orderquery: 'v2/sandboxnew/pay/orderquery';
    refund: 'v2/sandboxnew/pay/refund';
    refundquery: 'v2/sandboxnew/pay/refundquery';
    unifiedorder: 'v2/sandboxnew/pay/unifiedorder';
  };
  'v2/sandboxnew/pay/downloadbill': {};
  'v2/sandboxnew/pay/getsignkey': {};
  'v2/sandboxnew/pay/micropay': {};
  'v2/sandboxnew/pay/orderquery': {};
  'v2/sandboxnew/pay/refund': {};
  'v2/sandboxnew/pay/refundquery': {};
  'v2/sandboxnew/pay/unifiedorder': {};
  'v2/secapi': {
    mch: 'v2/secapi/mch';
    mkt: 'v2/secapi/mkt';
    pay: 'v2/secapi/pay';
  };
  'v2/secapi/mch': {
    addsubdevconfig: 'v2/secapi/mch/addsubdevconfig';
    channelsetting: 'v2/secapi/mch/channelsetting';
    modifymchinfo: 'v2/secapi/mch/modifymchinfo';
    querysubdevconfig: 'v2/secapi/mch/querysubdevconfig';
    submchmanage: 'v2/secapi/mch/submchmanage';
    uploadmedia: 'v2/secapi/mch/uploadmedia';
  };
  'v2/secapi/mch/addInstitutionsub': {};
  'v2/secapi/mch/addsubdevconfig': {};
  'v2/secapi/mch/channelsetting': {};
  'v2/secapi/mch/modifyInstitutionsub': {};
  'v2/secapi/mch/modifymchinfo': {};
  'v2/secapi/mch/queryInstitutionsub': {};
  'v2/secapi/mch/querysubdevconfig': {};
  'v2/secapi/mch/submchmanage': {};
  'v2/secapi/mch/uploadmedia': {};
  'v2/secapi/mkt': {
    addrecommendconf: 'v2/secapi/mkt/addrecommendconf';
  };
  'v2/secapi/mkt/addrecommendconf': {};
  'v2/secapi/pay': {
    facepayreverse: 'v2/secapi/pay/facepayreverse';
    multiprofitsharing: 'v2/secapi/pay/multiprofitsharing';
    profitsharing: 'v2/secapi/pay/profitsharing';
    profitsharingfinish: 'v2/secapi/pay/profitsharingfinish';
    profitsharingreturn: 'v2/secapi/pay/profitsharingreturn';
    refund: 'v2/secapi/pay/refund';
    refundv2: 'v2/secapi/pay/refundv2';
    reverse: 'v2/secapi/pay/reverse';
  };
  'v2/secapi/pay/facepayreverse': {};
  'v2/secapi/pay/multiprofitsharing': {};
  'v2/secapi/pay/profitsharing': {};
  'v2/secapi/pay/profitsharingfinish': {};
  'v2/secapi/pay/profitsharingreturn': {};
  'v2/secapi/pay/refund': {};
  'v2/secapi/pay/refundv2': {};
  'v2/secapi/pay/reverse': {};
  'v2/secsvc': {
    getrealnameinfo: 'v2/secsvc/getrealnameinfo';
    realnameauth: 'v2/secsvc/realnameauth';
  };
  'v2/secsvc/getrealnameinfo': {};
  'v2/secsvc/realnameauth': {};
  'v2/tools': {
    authcodetoopenid: 'v2/tools/authcodetoopenid';
    shorturl: 'v2/tools/shorturl';
  };
  'v2/tools/authcodetoopenid': {};
  'v2/tools/shorturl': {};
  'v2/transit': {
    partnerpay: 'v2/transit/partnerpay';
    pay: 'v2/transit/pay';
    queryorder: 'v2/transit/queryorder';
  };
  'v2/transit/partnerpay': {
    payapply: 'v2/transit/partnerpay/payapply';
    queryorder: 'v2/transit/partnerpay/queryorder';
    querystate: 'v2/transit/partnerpay/querystate';
  };
  'v2/transit/partnerpay/payapply': {};
  'v2/transit/partnerpay/queryorder': {};
  'v2/transit/partnerpay/querystate': {};
  'v2/transit/pay': {
    payapply: 'v2/transit/pay/payapply';
    querystate: 'v2/transit/pay/querystate';
  };
  'v2/transit/pay/payapply': {};
  'v2/transit/pay/querystate': {};
  'v2/transit/queryorder': {};
  'v2/vehicle': {
    partnerpay: 'v2/vehicle/partnerpay';
    pay: 'v2/vehicle/pay';
  };
  'v2/vehicle/partnerpay': {
    notification: 'v2/vehicle/partnerpay/notification';
    payapply: 'v2/vehicle/partnerpay/payapply';
    querystate: 'v2/vehicle/partnerpay/querystate';
  };
  'v2/vehicle/partnerpay/notification': {};
  'v2/vehicle/partnerpay/payapply': {};
  'v2/vehicle/partnerpay/querystate': {};
  'v2/vehicle/pay': {
    notification: 'v2/vehicle/pay/notification';
    payapply: 'v2/vehicle/pay/payapply';
    querystate: 'v2/vehicle/pay/querystate';
  };
  'v2/vehicle/pay/notification': {};
  'v2/vehicle/pay/payapply': {};
  'v2/vehicle/pay/querystate': {};
  'v2/wxv': {
    cancelbill: 'v2/wxv/cancelbill';
    changerentmoney: 'v2/wxv/changerentmoney';
    createhotelbill: 'v2/wxv/createhotelbill';
    createrentbill: 'v2/wxv/createrentbill';
    finishhotelbill: 'v2/wxv/finishhotelbill';
    finishrentbill: 'v2/wxv/finishrentbill';
    queryhotelbill: 'v2/wxv/queryhotelbill';
    queryrentbill: 'v2/wxv/queryrentbill';
  };
  'v2/wxv/cancelbill': {};
  'v2/wxv/changerentmoney': {};
  'v2/wxv/createhotelbill': {};
  'v2/wxv/createrentbill': {};
  'v2/wxv/finishhotelbill': {};
  'v2/wxv/finishrentbill': {};
  'v2/wxv/queryhotelbill': {};
  'v2/wxv/queryrentbill': {};
  'v2/xdc': {
    apiv2getsignkey: 'v2/xdc/apiv2getsignkey';
    apiv2sandbox: 'v2/xdc/apiv2sandbox';
  };
  'v2/xdc/apiv2getsignkey': {
    sign: 'v2/xdc/apiv2getsignkey/sign';
  };
  'v2/xdc/apiv2getsignkey/sign': {
    getsignkey: 'v2/xdc/apiv2getsignkey/sign/getsignkey';
  };
  'v2/xdc/apiv2getsignkey/sign/getsignkey': {};
  'v2/xdc/apiv2sandbox': {
    pay: 'v2/xdc/apiv2sandbox/pay';
  };
  'v2/xdc/apiv2sandbox/pay': {
    micropay: 'v2/xdc/apiv2sandbox/pay/micropay';
    orderquery: 'v2/xdc/apiv2sandbox/pay/orderquery';
  };
  'v2/xdc/apiv2sandbox/pay/micropay': {};
  'v2/xdc/apiv2sandbox/pay/orderquery': {};
  'v3': {
    abnormalFundProcessing: 'v3/abnormal-fund-processing';
    aggracctBc: 'v3/aggracct-bc';
    apply4sub: 'v3/apply4sub';
    apply4subject: 'v3/apply4subject';
    applyment4sub: 'v3/applyment4sub';
    bankBatchTransfer: 'v3/bank-batch-transfer';
    bankTransfer: 'v3/bank-transfer';
    bill: 'v3/bill';
    billdownload: 'v3/billdownload';
    brand: 'v3/brand';
    brandBasic: 'v3/brand-basic';
    businesscircle: 'v3/businesscircle';
    capital: 'v3/capital';
    catering: 'v3/catering';
    certificates: 'v3/certificates';
    combineTransactions: 'v3/combine-transactions';
    compliance: 'v3/compliance';
    creditRepayment: 'v3/credit-repayment';
    discountCard: 'v3/discount-card';
    ebike: 'v3/ebike';
    ecommerce: 'v3/ecommerce';
    eduPapay: 'v3/edu-papay';
    eduStar: 'v3/edu-star';
    eduschoolpay: 'v3/eduschoolpay';
    express: 'v3/express';
    facemch: 'v3/facemch';
    fundApp: 'v3/fund-app';
    fundsToOversea: 'v3/funds-to-oversea';
    global: 'v3/global';
    goldplan: 'v3/goldplan';
    gov: 'v3/gov';
    hirePowerBank: 'v3/hire-power-bank';
    industryCoupon: 'v3/industry-coupon';
    industryRebate: 'v3/industry-rebate';
    inspolicymgr: 'v3/inspolicymgr';
    iotmanage: 'v3/iotmanage';
    lovefeast: 'v3/lovefeast';
    marketing: 'v3/marketing';
    mchManage: 'v3/mch-manage';
    mchOperationManage: 'v3/mch-operation-manage';
    mch_operate: 'v3/mch_operate';
    mchalterapply: 'v3/mchalterapply';
    medIns: 'v3/med-ins';
    merchant: 'v3/merchant';
    merchantRiskManage: 'v3/merchant-risk-manage';
    merchantService: 'v3/merchant-service';
    merchantSettlement: 'v3/merchant-settlement';
    merchantStore: 'v3/merchant-store';
    merchantfund: 'v3/merchantfund';
    multiuse: 'v3/multiuse';
    newTaxControlFapiao: 'v3/new-tax-control-fapiao';
    offlineface: 'v3/offlineface';
    offlinefacemch: 'v3/offlinefacemch';
    palmservice: 'v3/palmservice';
    papay: 'v3/papay';
    parking: 'v3/parking';
    partnerPapay: 'v3/partner-papay';
    partnerTransfer: 'v3/partner-transfer';
    passwordExemptContract: 'v3/password-exempt-contract';
    pay: 'v3/pay';
    payDevices: 'v3/pay-devices';
    payrollCard: 'v3/payroll-card';
    payscore: 'v3/payscore';
    platsolution: 'v3/platsolution';
    profitsharing: 'v3/profitsharing';
    qrcode: 'v3/qrcode';
    rateActivity: 'v3/rate-activity';
    realname: 'v3/realname';
    recharge: 'v3/recharge';
    refund: 'v3/refund';
    repayment: 'v3/repayment';
    security: 'v3/security';
    smartguide: 'v3/smartguide';
    taxiInvoice: 'v3/taxi-invoice';
    transactionBlock: 'v3/transaction-block';
    transfer: 'v3/transfer';
    transferDetail: 'v3/transfer-detail';
    transferdownload: 'v3/transferdownload';
    vehicle: 'v3/vehicle';
    webizpay: 'v3/webizpay';
  };
  'v3/abnormal-fund-processing': {
    receipts: 'v3/abnormal-fund-processing/receipts';
  };
  'v3/abnormal-fund-processing/receipts': {
    _receipt_id_: 'v3/abnormal-fund-processing/receipts/{receipt_id}';
    '{receipt_id}': 'v3/abnormal-fund-processing/receipts/{receipt_id}';
  };
  'v3/abnormal-fund-processing/receipts/{receipt_id}': {
    transferInstructions: 'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions';
  };
  'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions': {
    _out_instruction_no_: 'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}';
    '{out_instruction_no}': 'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}';
  };
  'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}': {};
  'v3/aggracct-bc': {
    wbChannel: 'v3/aggracct-bc/wb-channel';
  };
  'v3/aggracct-bc/wb-channel': {
    account: 'v3/aggracct-bc/wb-channel/account';
    bankChannelAccount: 'v3/aggracct-bc/wb-channel/bank-channel-account';
    controlOrders: 'v3/aggracct-bc/wb-channel/control-orders';
    specialReduction: 'v3/aggracct-bc/wb-channel/special-reduction';
  };
  'v3/aggracct-bc/wb-channel/account': {
    balance: 'v3/aggracct-bc/wb-channel/account/balance';
    mch_archives: 'v3/aggracct-bc/wb-channel/account/mch_archives';
    mch_media: 'v3/aggracct-bc/wb-channel/account/mch_media';
  };
  'v3/aggracct-bc/wb-channel/account/balance': {};
  'v3/aggracct-bc/wb-channel/account/mch_archives': {};
  'v3/aggracct-bc/wb-channel/account/mch_media': {};
  'v3/aggracct-bc/wb-channel/bank-channel-account': {
    rename: 'v3/aggracct-bc/wb-channel/bank-channel-account/rename';
  };
  'v3/aggracct-bc/wb-channel/bank-channel-account/rename': {
    _application_id_: 'v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}';
    '{application_id}': 'v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}';
  };
  'v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}': {};
  'v3/aggracct-bc/wb-channel/control-orders': {
    info: 'v3/aggracct-bc/wb-channel/control-orders/info';
    punish: 'v3/aggracct-bc/wb-channel/control-orders/punish';
    recover: 'v3/aggracct-bc/wb-channel/control-orders/recover';
    _out_request_no_: 'v3/aggracct-bc/wb-channel/control-orders/{out_request_no}';
    '{out_request_no}': 'v3/aggracct-bc/wb-channel/control-orders/{out_request_no}';
  };
  'v3/aggracct-bc/wb-channel/control-orders/info': {
    update: 'v3/aggracct-bc/wb-channel/control-orders/info/update';
  };
  'v3/aggracct-bc/wb-channel/control-orders/info/update': {
    result: 'v3/aggracct-bc/wb-channel/control-orders/info/update/result';
  };
  'v3/aggracct-bc/wb-channel/control-orders/info/update/result': {
    notify: 'v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify';
  };
  'v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify': {};
  'v3/aggracct-bc/wb-channel/control-orders/punish': {};
  'v3/aggracct-bc/wb-channel/control-orders/recover': {};
  'v3/aggracct-bc/wb-channel/control-orders/{out_request_no}': {};
  'v3/aggracct-bc/wb-channel/special-reduction': {
    _out_request_no_: 'v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}';
    '{out_request_no}': 'v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}';
  };
  'v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}': {};
  'v3/apply4sub': {
    sub_merchants: 'v3/apply4sub/sub_merchants';
  };
  'v3/apply4sub/sub_merchants': {
    _sub_mchid_: 'v3/apply4sub/sub_merchants/{sub_mchid}';
    '{sub_mchid}': 'v3/apply4sub/sub_merchants/{sub_mchid}';
  };
  'v3/apply4sub/sub_merchants/{sub_mchid}': {
    application: 'v3/apply4sub/sub_merchants/{sub_mchid}/application';
    modifySettlement: 'v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement';
    settlement: 'v3/apply4sub/sub_merchants/{sub_mchid}/settlement';
  };
  'v3/apply4sub/sub_merchants/{sub_mchid}/application': {
    _application_no_: 'v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}';
    '{application_no}': 'v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}';
  };
  'v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}': {};
  'v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement': {};
  'v3/apply4sub/sub_merchants/{sub_mchid}/settlement': {};
  'v3/apply4subject': {
    applyment: 'v3/apply4subject/applyment';
  };
  'v3/apply4subject/applyment': {
    merchants: 'v3/apply4subject/applyment/merchants';
    _applyment_id_: 'v3/apply4subject/applyment/{applyment_id}';
    '{applyment_id}': 'v3/apply4subject/applyment/{applyment_id}';
    _business_code_: 'v3/apply4subject/applyment/{business_code}';
    '{business_code}': 'v3/apply4subject/applyment/{business_code}';
  };
  'v3/apply4subject/applyment/merchants': {
    _sub_mchid_: 'v3/apply4subject/applyment/merchants/{sub_mchid}';
    '{sub_mchid}': 'v3/apply4subject/applyment/merchants/{sub_mchid}';
  };
  'v3/apply4subject/applyment/merchants/{sub_mchid}': {
    state: 'v3/apply4subject/applyment/merchants/{sub_mchid}/state';
  };
  'v3/apply4subject/applyment/merchants/{sub_mchid}/state': {};
  'v3/apply4subject/applyment/{applyment_id}': {
    cancel: 'v3/apply4subject/applyment/{applyment_id}/cancel';
  };
  'v3/apply4subject/applyment/{applyment_id}/cancel': {};
  'v3/apply4subject/applyment/{business_code}': {
    cancel: 'v3/apply4subject/applyment/{business_code}/cancel';
  };
  'v3/apply4subject/applyment/{business_code}/cancel': {};
  'v3/applyment4sub': {
    applyment: 'v3/applyment4sub/applyment';
  };
  'v3/applyment4sub/applyment': {
    '': 'v3/applyment4sub/applyment/';
    applyment_id: 'v3/applyment4sub/applyment/applyment_id';
    business_code: 'v3/applyment4sub/applyment/business_code';
  };
  'v3/applyment4sub/applyment/': {};
  'v3/applyment4sub/applyment/applyment_id': {
    _applyment_id_: 'v3/applyment4sub/applyment/applyment_id/{applyment_id}';
    '{applyment_id}': 'v3/applyment4sub/applyment/applyment_id/{applyment_id}';
  };
  'v3/applyment4sub/applyment/applyment_id/{applyment_id}': {};
  'v3/applyment4sub/applyment/business_code': {
    _business_code_: 'v3/applyment4sub/applyment/business_code/{business_code}';
    '{business_code}': 'v3/applyment4sub/applyment/business_code/{business_code}';
  };
  'v3/applyment4sub/applyment/business_code/{business_code}': {};
  'v3/bank-batch-transfer': {
    receipt: 'v3/bank-batch-transfer/receipt';
  };
  'v3/bank-batch-transfer/receipt': {
    detailReceipts: 'v3/bank-batch-transfer/receipt/detail-receipts';
    summaryReceipts: 'v3/bank-batch-transfer/receipt/summary-receipts';
  };
  'v3/bank-batch-transfer/receipt/detail-receipts': {};
  'v3/bank-batch-transfer/receipt/summary-receipts': {};
  'v3/bank-transfer': {
    batches: 'v3/bank-transfer/batches';
  };
  'v3/bank-transfer/batches': {
    batchId: 'v3/bank-transfer/batches/batch-id';
    outBatchNo: 'v3/bank-transfer/batches/out-batch-no';
  };
  'v3/bank-transfer/batches/batch-id': {
    _batch_id_: 'v3/bank-transfer/batches/batch-id/{batch_id}';
    '{batch_id}': 'v3/bank-transfer/batches/batch-id/{batch_id}';
  };
  'v3/bank-transfer/batches/batch-id/{batch_id}': {
    details: 'v3/bank-transfer/batches/batch-id/{batch_id}/details';
  };
  'v3/bank-transfer/batches/batch-id/{batch_id}/details': {
    detailId: 'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id';
  };
  'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id': {
    _detail_id_: 'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
    '{detail_id}': 'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
  };
  'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': {};
  'v3/bank-transfer/batches/out-batch-no': {
    _out_batch_no_: 'v3/bank-transfer/batches/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/bank-transfer/batches/out-batch-no/{out_batch_no}';
  };
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}': {
    details: 'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details';
  };
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details': {
    outDetailNo: 'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no';
  };
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': {
    _out_detail_no_: 'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
    '{out_detail_no}': 'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
  };
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': {};
  'v3/bill': {
    fundflowbill: 'v3/bill/fundflowbill';
    subMerchantFundflowbill: 'v3/bill/sub-merchant-fundflowbill';
    tradebill: 'v3/bill/tradebill';
  };
  'v3/bill/fundflowbill': {};
  'v3/bill/sub-merchant-fundflowbill': {};
  'v3/bill/tradebill': {};
  'v3/billdownload': {
    file: 'v3/billdownload/file';
  };
  'v3/billdownload/file': {};
  'v3/brand': {
    applyments: 'v3/brand/applyments';
    card: 'v3/brand/card';
    marketing: 'v3/brand/marketing';
    partner: 'v3/brand/partner';
    profitsharing: 'v3/brand/profitsharing';
  };
  'v3/brand-basic': {
    partner: 'v3/brand-basic/partner';
  };
  'v3/brand-basic/partner': {
    brands: 'v3/brand-basic/partner/brands';
  };
  'v3/brand-basic/partner/brands': {
    _brand_id_: 'v3/brand-basic/partner/brands/{brand_id}';
    '{brand_id}': 'v3/brand-basic/partner/brands/{brand_id}';
  };
  'v3/brand-basic/partner/brands/{brand_id}': {
    productAuthorities: 'v3/brand-basic/partner/brands/{brand_id}/product-authorities';
  };
  'v3/brand-basic/partner/brands/{brand_id}/product-authorities': {};
  'v3/brand/applyments': {
    applymentId: 'v3/brand/applyments/applyment-id';
    businessCode: 'v3/brand/applyments/business-code';
    cancelApplyment: 'v3/brand/applyments/cancel-applyment';
  };
  'v3/brand/applyments/applyment-id': {
    _applyment_id_: 'v3/brand/applyments/applyment-id/{applyment_id}';
    '{applyment_id}': 'v3/brand/applyments/applyment-id/{applyment_id}';
  };
  'v3/brand/applyments/applyment-id/{applyment_id}': {};
  'v3/brand/applyments/business-code': {
    _business_code_: 'v3/brand/applyments/business-code/{business_code}';
    '{business_code}': 'v3/brand/applyments/business-code/{business_code}';
  };
  'v3/brand/applyments/business-code/{business_code}': {};
  'v3/brand/applyments/cancel-applyment': {};
  'v3/brand/card': {
    cardConfigs: 'v3/brand/card/card-configs';
    cardLinks: 'v3/brand/card/card-links';
  };
  'v3/brand/card/card-configs': {
    cancelApplyment: 'v3/brand/card/card-configs/cancel-applyment';
    previewUrl: 'v3/brand/card/card-configs/preview-url';
    publish: 'v3/brand/card/card-configs/publish';
  };
  'v3/brand/card/card-configs/cancel-applyment': {};
  'v3/brand/card/card-configs/preview-url': {};
  'v3/brand/card/card-configs/publish': {};
  'v3/brand/card/card-links': {
    businessCode: 'v3/brand/card/card-links/business-code';
    cancelApplyment: 'v3/brand/card/card-links/cancel-applyment';
    unbindCardLink: 'v3/brand/card/card-links/unbind-card-link';
  };
  'v3/brand/card/card-links/business-code': {
    _business_code_: 'v3/brand/card/card-links/business-code/{business_code}';
    '{business_code}': 'v3/brand/card/card-links/business-code/{business_code}';
  };
  'v3/brand/card/card-links/business-code/{business_code}': {};
  'v3/brand/card/card-links/cancel-applyment': {};
  'v3/brand/card/card-links/unbind-card-link': {};
  'v3/brand/marketing': {
    shakeActivities: 'v3/brand/marketing/shake-activities';
  };
  'v3/brand/marketing/shake-activities': {
    activities: 'v3/brand/marketing/shake-activities/activities';
  };
  'v3/brand/marketing/shake-activities/activities': {};
  'v3/brand/partner': {
    cardMember: 'v3/brand/partner/card-member';
    store: 'v3/brand/partner/store';
  };
  'v3/brand/partner/card-member': {
    cards: 'v3/brand/partner/card-member/cards';
    membershipActivities: 'v3/brand/partner/card-member/membership-activities';
    payViewTokens: 'v3/brand/partner/card-member/pay-view-tokens';
    preAuthTokens: 'v3/brand/partner/card-member/pre-auth-tokens';
    userCards: 'v3/brand/partner/card-member/user-cards';
    userFeeds: 'v3/brand/partner/card-member/user-feeds';
    userPoints: 'v3/brand/partner/card-member/user-points';
  };
  'v3/brand/partner/card-member/cards': {
    _card_id_: 'v3/brand/partner/card-member/cards/{card_id}';
    '{card_id}': 'v3/brand/partner/card-member/cards/{card_id}';
  };
  'v3/brand/partner/card-member/cards/{card_id}': {
    invalidate: 'v3/brand/partner/card-member/cards/{card_id}/invalidate';
  };
  'v3/brand/partner/card-member/cards/{card_id}/invalidate': {};
  'v3/brand/partner/card-member/membership-activities': {
    _activity_id_: 'v3/brand/partner/card-member/membership-activities/{activity_id}';
    '{activity_id}': 'v3/brand/partner/card-member/membership-activities/{activity_id}';
  };
  'v3/brand/partner/card-member/membership-activities/{activity_id}': {
    terminate: 'v3/brand/partner/card-member/membership-activities/{activity_id}/terminate';
  };
  'v3/brand/partner/card-member/membership-activities/{activity_id}/terminate': {};
  'v3/brand/partner/card-member/pay-view-tokens': {};
  'v3/brand/partner/card-member/pre-auth-tokens': {};
  'v3/brand/partner/card-member/user-cards': {
    importByOpenid: 'v3/brand/partner/card-member/user-cards/import-by-openid';
    importByPhone: 'v3/brand/partner/card-member/user-cards/import-by-phone';
    _user_card_code_: 'v3/brand/partner/card-member/user-cards/{user_card_code}';
    '{user_card_code}': 'v3/brand/partner/card-member/user-cards/{user_card_code}';
  };
  'v3/brand/partner/card-member/user-cards/import-by-openid': {};
  'v3/brand/partner/card-member/user-cards/import-by-phone': {};
  'v3/brand/partner/card-member/user-cards/{user_card_code}': {
    confirm: 'v3/brand/partner/card-member/user-cards/{user_card_code}/confirm';
    invalidate: 'v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate';
  };
  'v3/brand/partner/card-member/user-cards/{user_card_code}/confirm': {};
  'v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate': {};
  'v3/brand/partner/card-member/user-feeds': {};
  'v3/brand/partner/card-member/user-points': {
    exchangeCoupon: 'v3/brand/partner/card-member/user-points/exchange-coupon';
    sync: 'v3/brand/partner/card-member/user-points/sync';
  };
  'v3/brand/partner/card-member/user-points/exchange-coupon': {
    confirm: 'v3/brand/partner/card-member/user-points/exchange-coupon/confirm';
  };
  'v3/brand/partner/card-member/user-points/exchange-coupon/confirm': {};
  'v3/brand/partner/card-member/user-points/sync': {};
  'v3/brand/partner/store': {
    brandstores: 'v3/brand/partner/store/brandstores';
  };
  'v3/brand/partner/store/brandstores': {
    _store_id_: 'v3/brand/partner/store/brandstores/{store_id}';
    '{store_id}': 'v3/brand/partner/store/brandstores/{store_id}';
  };
  'v3/brand/partner/store/brandstores/{store_id}': {
    bindrecipient: 'v3/brand/partner/store/brandstores/{store_id}/bindrecipient';
    close: 'v3/brand/partner/store/brandstores/{store_id}/close';
    resume: 'v3/brand/partner/store/brandstores/{store_id}/resume';
    unbindrecipient: 'v3/brand/partner/store/brandstores/{store_id}/unbindrecipient';
  };
  'v3/brand/partner/store/brandstores/{store_id}/bindrecipient': {};
  'v3/brand/partner/store/brandstores/{store_id}/close': {};
  'v3/brand/partner/store/brandstores/{store_id}/resume': {};
  'v3/brand/partner/store/brandstores/{store_id}/unbindrecipient': {};
  'v3/brand/profitsharing': {
    brandConfigs: 'v3/brand/profitsharing/brand-configs';
    finishOrder: 'v3/brand/profitsharing/finish-order';
    orders: 'v3/brand/profitsharing/orders';
    receivers: 'v3/brand/profitsharing/receivers';
    returnorders: 'v3/brand/profitsharing/returnorders';
  };
  'v3/brand/profitsharing/brand-configs': {
    _brand_mchid_: 'v3/brand/profitsharing/brand-configs/{brand_mchid}';
    '{brand_mchid}': 'v3/brand/profitsharing/brand-configs/{brand_mchid}';
  };
  'v3/brand/profitsharing/brand-configs/{brand_mchid}': {};
  'v3/brand/profitsharing/finish-order': {};
  'v3/brand/profitsharing/orders': {
    _transaction_id_: 'v3/brand/profitsharing/orders/{transaction_id}';
    '{transaction_id}': 'v3/brand/profitsharing/orders/{transaction_id}';
  };
  'v3/brand/profitsharing/orders/{transaction_id}': {
    amounts: 'v3/brand/profitsharing/orders/{transaction_id}/amounts';
  };
  'v3/brand/profitsharing/orders/{transaction_id}/amounts': {};
  'v3/brand/profitsharing/receivers': {
    add: 'v3/brand/profitsharing/receivers/add';
    delete: 'v3/brand/profitsharing/receivers/delete';
  };
  'v3/brand/profitsharing/receivers/add': {};
  'v3/brand/profitsharing/receivers/delete': {};
  'v3/brand/profitsharing/returnorders': {};
  'v3/businesscircle': {
    parkings: 'v3/businesscircle/parkings';
    points: 'v3/businesscircle/points';
    userAuthorizations: 'v3/businesscircle/user-authorizations';
    users: 'v3/businesscircle/users';
  };
  'v3/businesscircle/parkings': {};
  'v3/businesscircle/points': {
    notify: 'v3/businesscircle/points/notify';
  };
  'v3/businesscircle/points/notify': {};
  'v3/businesscircle/user-authorizations': {
    _openid_: 'v3/businesscircle/user-authorizations/{openid}';
    '{openid}': 'v3/businesscircle/user-authorizations/{openid}';
  };
  'v3/businesscircle/user-authorizations/{openid}': {};
  'v3/businesscircle/users': {
    _openid_: 'v3/businesscircle/users/{openid}';
    '{openid}': 'v3/businesscircle/users/{openid}';
  };
  'v3/businesscircle/users/{openid}': {
    points: 'v3/businesscircle/users/{openid}/points';
  };
  'v3/businesscircle/users/{openid}/points': {
    commit_status: 'v3/businesscircle/users/{openid}/points/commit_status';
  };
  'v3/businesscircle/users/{openid}/points/commit_status': {};
  'v3/capital': {
    capitallhh: 'v3/capital/capitallhh';
  };
  'v3/capital/capitallhh': {
    areas: 'v3/capital/capitallhh/areas';
    banks: 'v3/capital/capitallhh/banks';
  };
  'v3/capital/capitallhh/areas': {
    provinces: 'v3/capital/capitallhh/areas/provinces';
  };
  'v3/capital/capitallhh/areas/provinces': {
    _province_code_: 'v3/capital/capitallhh/areas/provinces/{province_code}';
    '{province_code}': 'v3/capital/capitallhh/areas/provinces/{province_code}';
  };
  'v3/capital/capitallhh/areas/provinces/{province_code}': {
    cities: 'v3/capital/capitallhh/areas/provinces/{province_code}/cities';
  };
  'v3/capital/capitallhh/areas/provinces/{province_code}/cities': {};
  'v3/capital/capitallhh/banks': {
    corporateBanking: 'v3/capital/capitallhh/banks/corporate-banking';
    personalBanking: 'v3/capital/capitallhh/banks/personal-banking';
    searchBanksByBankAccount: 'v3/capital/capitallhh/banks/search-banks-by-bank-account';
    _bank_alias_code_: 'v3/capital/capitallhh/banks/{bank_alias_code}';
    '{bank_alias_code}': 'v3/capital/capitallhh/banks/{bank_alias_code}';
  };
  'v3/capital/capitallhh/banks/corporate-banking': {};
  'v3/capital/capitallhh/banks/personal-banking': {};
  'v3/capital/capitallhh/banks/search-banks-by-bank-account': {};
  'v3/capital/capitallhh/banks/{bank_alias_code}': {
    branches: 'v3/capital/capitallhh/banks/{bank_alias_code}/branches';
  };
  'v3/capital/capitallhh/banks/{bank_alias_code}/branches': {};
  'v3/catering': {
    orders: 'v3/catering/orders';
  };
  'v3/catering/orders': {
    syncStatus: 'v3/catering/orders/sync-status';
  };
  'v3/catering/orders/sync-status': {};
  'v3/certificates': {};
  'v3/combine-transactions': {
    app: 'v3/combine-transactions/app';
    h5: 'v3/combine-transactions/h5';
    id: 'v3/combine-transactions/id';
    jsapi: 'v3/combine-transactions/jsapi';
    miniprogram: 'v3/combine-transactions/miniprogram';
    native: 'v3/combine-transactions/native';
    outTradeNo: 'v3/combine-transactions/out-trade-no';
  };
  'v3/combine-transactions/app': {};
  'v3/combine-transactions/h5': {};
  'v3/combine-transactions/id': {
    _combine_transaction_id_: 'v3/combine-transactions/id/{combine_transaction_id}';
    '{combine_transaction_id}': 'v3/combine-transactions/id/{combine_transaction_id}';
  };
  'v3/combine-transactions/id/{combine_transaction_id}': {};
  'v3/combine-transactions/jsapi': {};
  'v3/combine-transactions/miniprogram': {};
  'v3/combine-transactions/native': {};
  'v3/combine-transactions/out-trade-no': {
    _combine_out_trade_no_: 'v3/combine-transactions/out-trade-no/{combine_out_trade_no}';
    '{combine_out_trade_no}': 'v3/combine-transactions/out-trade-no/{combine_out_trade_no}';
  };
  'v3/combine-transactions/out-trade-no/{combine_out_trade_no}': {
    close: 'v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close';
  };
  'v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close': {};
  'v3/compliance': {
    inactiveMerchantIdentityVerification: 'v3/compliance/inactive-merchant-identity-verification';
  };
  'v3/compliance/inactive-merchant-identity-verification': {
    merchants: 'v3/compliance/inactive-merchant-identity-verification/merchants';
  };
  'v3/compliance/inactive-merchant-identity-verification/merchants': {
    _sub_mchid_: 'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}';
    '{sub_mchid}': 'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}';
  };
  'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}': {
    verifications: 'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications';
  };
  'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications': {
    _verification_id_: 'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}';
    '{verification_id}': 'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}';
  };
  'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}': {};
  'v3/credit-repayment': {
    partner: 'v3/credit-repayment/partner';
  };
  'v3/credit-repayment/partner': {
    contracts: 'v3/credit-repayment/partner/contracts';
    deductOrders: 'v3/credit-repayment/partner/deduct-orders';
    scheduleRecords: 'v3/credit-repayment/partner/schedule-records';
  };
  'v3/credit-repayment/partner/contracts': {
    appPresign: 'v3/credit-repayment/partner/contracts/app-presign';
    h5Presign: 'v3/credit-repayment/partner/contracts/h5-presign';
    terminate: 'v3/credit-repayment/partner/contracts/terminate';
    _out_contract_code_: 'v3/credit-repayment/partner/contracts/{out_contract_code}';
    '{out_contract_code}': 'v3/credit-repayment/partner/contracts/{out_contract_code}';
  };
  'v3/credit-repayment/partner/contracts/app-presign': {};
  'v3/credit-repayment/partner/contracts/h5-presign': {};
  'v3/credit-repayment/partner/contracts/terminate': {};
  'v3/credit-repayment/partner/contracts/{out_contract_code}': {};
  'v3/credit-repayment/partner/deduct-orders': {
    _out_trade_no_: 'v3/credit-repayment/partner/deduct-orders/{out_trade_no}';
    '{out_trade_no}': 'v3/credit-repayment/partner/deduct-orders/{out_trade_no}';
  };
  'v3/credit-repayment/partner/deduct-orders/{out_trade_no}': {};
  'v3/credit-repayment/partner/schedule-records': {
    batchCreate: 'v3/credit-repayment/partner/schedule-records/batch-create';
    _out_record_id_: 'v3/credit-repayment/partner/schedule-records/{out_record_id}';
    '{out_record_id}': 'v3/credit-repayment/partner/schedule-records/{out_record_id}';
  };
  'v3/credit-repayment/partner/schedule-records/batch-create': {};
  'v3/credit-repayment/partner/schedule-records/{out_record_id}': {};
  'v3/discount-card': {
    cards: 'v3/discount-card/cards';
    orders: 'v3/discount-card/orders';
  };
  'v3/discount-card/cards': {
    _out_card_code_: 'v3/discount-card/cards/{out_card_code}';
    '{out_card_code}': 'v3/discount-card/cards/{out_card_code}';
  };
  'v3/discount-card/cards/{out_card_code}': {
    addUserRecords: 'v3/discount-card/cards/{out_card_code}/add-user-records';
  };
  'v3/discount-card/cards/{out_card_code}/add-user-records': {};
  'v3/discount-card/orders': {
    outTradeNo: 'v3/discount-card/orders/out-trade-no';
    _out_order_no_: 'v3/discount-card/orders/{out_order_no}';
    '{out_order_no}': 'v3/discount-card/orders/{out_order_no}';
  };
  'v3/discount-card/orders/out-trade-no': {
    _out_trade_no_: 'v3/discount-card/orders/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/discount-card/orders/out-trade-no/{out_trade_no}';
  };
  'v3/discount-card/orders/out-trade-no/{out_trade_no}': {};
  'v3/discount-card/orders/{out_order_no}': {};
  'v3/ebike': {
    charge: 'v3/ebike/charge';
  };
  'v3/ebike/charge': {
    contracts: 'v3/ebike/charge/contracts';
    transactions: 'v3/ebike/charge/transactions';
    users: 'v3/ebike/charge/users';
  };
  'v3/ebike/charge/contracts': {
    preopen: 'v3/ebike/charge/contracts/preopen';
    _contract_id_: 'v3/ebike/charge/contracts/{contract_id}';
    '{contract_id}': 'v3/ebike/charge/contracts/{contract_id}';
  };
  'v3/ebike/charge/contracts/preopen': {};
  'v3/ebike/charge/contracts/{contract_id}': {
    confirm: 'v3/ebike/charge/contracts/{contract_id}/confirm';
  };
  'v3/ebike/charge/contracts/{contract_id}/confirm': {};
  'v3/ebike/charge/transactions': {
    id: 'v3/ebike/charge/transactions/id';
    outTradeNo: 'v3/ebike/charge/transactions/out-trade-no';
  };
  'v3/ebike/charge/transactions/id': {
    _transaction_id_: 'v3/ebike/charge/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/ebike/charge/transactions/id/{transaction_id}';
  };
  'v3/ebike/charge/transactions/id/{transaction_id}': {};
  'v3/ebike/charge/transactions/out-trade-no': {
    _out_trade_no_: 'v3/ebike/charge/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/ebike/charge/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/ebike/charge/transactions/out-trade-no/{out_trade_no}': {};
  'v3/ebike/charge/users': {
    _openid_: 'v3/ebike/charge/users/{openid}';
    '{openid}': 'v3/ebike/charge/users/{openid}';
  };
  'v3/ebike/charge/users/{openid}': {
    contract: 'v3/ebike/charge/users/{openid}/contract';
  };
  'v3/ebike/charge/users/{openid}/contract': {};
  'v3/ecommerce': {
    account: 'v3/ecommerce/account';
    applyments: 'v3/ecommerce/applyments';
    bill: 'v3/ecommerce/bill';
    combinePapay: 'v3/ecommerce/combine-papay';
    fund: 'v3/ecommerce/fund';
    individualContracts: 'v3/ecommerce/individual-contracts';
    mchTransfer: 'v3/ecommerce/mch-transfer';
    profitsharing: 'v3/ecommerce/profitsharing';
    refunds: 'v3/ecommerce/refunds';
    subjectSubMerchants: 'v3/ecommerce/subject-sub-merchants';
    subsidies: 'v3/ecommerce/subsidies';
  };
  'v3/ecommerce/account': {
    applyCancelWithdraw: 'v3/ecommerce/account/apply-cancel-withdraw';
    cancelApplications: 'v3/ecommerce/account/cancel-applications';
  };
  'v3/ecommerce/account/apply-cancel-withdraw': {
    applymentId: 'v3/ecommerce/account/apply-cancel-withdraw/applyment-id';
    confirm: 'v3/ecommerce/account/apply-cancel-withdraw/confirm';
    outRequestNo: 'v3/ecommerce/account/apply-cancel-withdraw/out-request-no';
    validateCancel: 'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel';
  };
  'v3/ecommerce/account/apply-cancel-withdraw/applyment-id': {
    _applyment_id_: 'v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}';
    '{applyment_id}': 'v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}';
  };
  'v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}': {};
  'v3/ecommerce/account/apply-cancel-withdraw/confirm': {};
  'v3/ecommerce/account/apply-cancel-withdraw/out-request-no': {
    _out_request_no_: 'v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}';
  };
  'v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}': {};
  'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel': {
    _sub_mchid_: 'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}';
    '{sub_mchid}': 'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}';
  };
  'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}': {};
  'v3/ecommerce/account/cancel-applications': {
    media: 'v3/ecommerce/account/cancel-applications/media';
    outApplyNo: 'v3/ecommerce/account/cancel-applications/out-apply-no';
  };
  'v3/ecommerce/account/cancel-applications/media': {};
  'v3/ecommerce/account/cancel-applications/out-apply-no': {
    _out_apply_no_: 'v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}';
    '{out_apply_no}': 'v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}';
  };
  'v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}': {};
  'v3/ecommerce/applyments': {
    '': 'v3/ecommerce/applyments/';
    outRequestNo: 'v3/ecommerce/applyments/out-request-no';
    submitAccountHostingApplyment: 'v3/ecommerce/applyments/submit-account-hosting-applyment';
    submitSignVerifyInfo: 'v3/ecommerce/applyments/submit-sign-verify-info';
    _applyment_id_: 'v3/ecommerce/applyments/{applyment_id}';
    '{applyment_id}': 'v3/ecommerce/applyments/{applyment_id}';
  };
  'v3/ecommerce/applyments/': {};
  'v3/ecommerce/applyments/out-request-no': {
    _out_request_no_: 'v3/ecommerce/applyments/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/ecommerce/applyments/out-request-no/{out_request_no}';
  };
  'v3/ecommerce/applyments/out-request-no/{out_request_no}': {
    revoke: 'v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke';
  };
  'v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke': {};
  'v3/ecommerce/applyments/submit-account-hosting-applyment': {};
  'v3/ecommerce/applyments/submit-sign-verify-info': {};
  'v3/ecommerce/applyments/{applyment_id}': {
    revoke: 'v3/ecommerce/applyments/{applyment_id}/revoke';
  };
  'v3/ecommerce/applyments/{applyment_id}/revoke': {};
  'v3/ecommerce/bill': {
    fundflowbill: 'v3/ecommerce/bill/fundflowbill';
  };
  'v3/ecommerce/bill/fundflowbill': {};
  'v3/ecommerce/combine-papay': {
    contracts: 'v3/ecommerce/combine-papay/contracts';
    transactions: 'v3/ecommerce/combine-papay/transactions';
  };
  'v3/ecommerce/combine-papay/contracts': {
    planId: 'v3/ecommerce/combine-papay/contracts/plan-id';
    preEntrustSign: 'v3/ecommerce/combine-papay/contracts/pre-entrust-sign';
  };
  'v3/ecommerce/combine-papay/contracts/plan-id': {
    _plan_id_: 'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}';
    '{plan_id}': 'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}';
  };
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}': {
    outContractCode: 'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code';
  };
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code': {
    _out_contract_code_: 'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
  };
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': {
    terminate: 'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate';
  };
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': {};
  'v3/ecommerce/combine-papay/contracts/pre-entrust-sign': {
    miniProgram: 'v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program';
  };
  'v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program': {};
  'v3/ecommerce/combine-papay/transactions': {
    _combine_out_trade_no_: 'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}';
    '{combine_out_trade_no}': 'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}';
  };
  'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}': {
    reverse: 'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse';
  };
  'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse': {};
  'v3/ecommerce/fund': {
    balance: 'v3/ecommerce/fund/balance';
    enddaybalance: 'v3/ecommerce/fund/enddaybalance';
    withdraw: 'v3/ecommerce/fund/withdraw';
  };
  'v3/ecommerce/fund/balance': {
    _sub_mchid_: 'v3/ecommerce/fund/balance/{sub_mchid}';
    '{sub_mchid}': 'v3/ecommerce/fund/balance/{sub_mchid}';
  };
  'v3/ecommerce/fund/balance/{sub_mchid}': {};
  'v3/ecommerce/fund/enddaybalance': {
    _sub_mchid_: 'v3/ecommerce/fund/enddaybalance/{sub_mchid}';
    '{sub_mchid}': 'v3/ecommerce/fund/enddaybalance/{sub_mchid}';
  };
  'v3/ecommerce/fund/enddaybalance/{sub_mchid}': {};
  'v3/ecommerce/fund/withdraw': {
    outRequestNo: 'v3/ecommerce/fund/withdraw/out-request-no';
    _withdraw_id_: 'v3/ecommerce/fund/withdraw/{withdraw_id}';
    '{withdraw_id}': 'v3/ecommerce/fund/withdraw/{withdraw_id}';
  };
  'v3/ecommerce/fund/withdraw/out-request-no': {
    _out_request_no_: 'v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}';
  };
  'v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}': {};
  'v3/ecommerce/fund/withdraw/{withdraw_id}': {};
  'v3/ecommerce/individual-contracts': {
    outContractCode: 'v3/ecommerce/individual-contracts/out-contract-code';
    preEntrustSign: 'v3/ecommerce/individual-contracts/pre-entrust-sign';
    preEntrustSignWithRealNameIdentity: 'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity';
    _openid_: 'v3/ecommerce/individual-contracts/{openid}';
    '{openid}': 'v3/ecommerce/individual-contracts/{openid}';
  };
  'v3/ecommerce/individual-contracts/out-contract-code': {
    _out_contract_code_: 'v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}';
  };
  'v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}': {};
  'v3/ecommerce/individual-contracts/pre-entrust-sign': {
    app: 'v3/ecommerce/individual-contracts/pre-entrust-sign/app';
    miniProgram: 'v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program';
  };
  'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity': {
    app: 'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app';
    miniProgram: 'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program';
  };
  'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app': {};
  'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program': {};
  'v3/ecommerce/individual-contracts/pre-entrust-sign/app': {};
  'v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program': {};
  'v3/ecommerce/individual-contracts/{openid}': {};
  'v3/ecommerce/mch-transfer': {
    authorizations: 'v3/ecommerce/mch-transfer/authorizations';
    transferBills: 'v3/ecommerce/mch-transfer/transfer-bills';
  };
  'v3/ecommerce/mch-transfer/authorizations': {
    _sub_mchid_: 'v3/ecommerce/mch-transfer/authorizations/{sub_mchid}';
    '{sub_mchid}': 'v3/ecommerce/mch-transfer/authorizations/{sub_mchid}';
  };
  'v3/ecommerce/mch-transfer/authorizations/{sub_mchid}': {};
  'v3/ecommerce/mch-transfer/transfer-bills': {
    outBillNo: 'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no';
    transferBillNo: 'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no';
  };
  'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no': {
    _out_bill_no_: 'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}';
  };
  'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}': {
    cancel: 'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel';
  };
  'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel': {};
  'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no': {
    _transfer_bill_no_: 'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}';
    '{transfer_bill_no}': 'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}';
  };
  'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}': {};
  'v3/ecommerce/profitsharing': {
    afterSalesOrders: 'v3/ecommerce/profitsharing/after-sales-orders';
    finishOrder: 'v3/ecommerce/profitsharing/finish-order';
    orders: 'v3/ecommerce/profitsharing/orders';
    receivers: 'v3/ecommerce/profitsharing/receivers';
    returnorders: 'v3/ecommerce/profitsharing/returnorders';
  };
  'v3/ecommerce/profitsharing/after-sales-orders': {};
  'v3/ecommerce/profitsharing/finish-order': {};
  'v3/ecommerce/profitsharing/orders': {
    _transaction_id_: 'v3/ecommerce/profitsharing/orders/{transaction_id}';
    '{transaction_id}': 'v3/ecommerce/profitsharing/orders/{transaction_id}';
  };
  'v3/ecommerce/profitsharing/orders/{transaction_id}': {
    amounts: 'v3/ecommerce/profitsharing/orders/{transaction_id}/amounts';
  };
  'v3/ecommerce/profitsharing/orders/{transaction_id}/amounts': {};
  'v3/ecommerce/profitsharing/receivers': {
    add: 'v3/ecommerce/profitsharing/receivers/add';
    delete: 'v3/ecommerce/profitsharing/receivers/delete';
  };
  'v3/ecommerce/profitsharing/receivers/add': {};
  'v3/ecommerce/profitsharing/receivers/delete': {};
  'v3/ecommerce/profitsharing/returnorders': {};
  'v3/ecommerce/refunds': {
    apply: 'v3/ecommerce/refunds/apply';
    id: 'v3/ecommerce/refunds/id';
    outRefundNo: 'v3/ecommerce/refunds/out-refund-no';
    _refund_id_: 'v3/ecommerce/refunds/{refund_id}';
    '{refund_id}': 'v3/ecommerce/refunds/{refund_id}';
  };
  'v3/ecommerce/refunds/apply': {};
  'v3/ecommerce/refunds/id': {
    _refund_id_: 'v3/ecommerce/refunds/id/{refund_id}';
    '{refund_id}': 'v3/ecommerce/refunds/id/{refund_id}';
  };
  'v3/ecommerce/refunds/id/{refund_id}': {};
  'v3/ecommerce/refunds/out-refund-no': {
    _out_refund_no_: 'v3/ecommerce/refunds/out-refund-no/{out_refund_no}';
    '{out_refund_no}': 'v3/ecommerce/refunds/out-refund-no/{out_refund_no}';
  };
  'v3/ecommerce/refunds/out-refund-no/{out_refund_no}': {};
  'v3/ecommerce/refunds/{refund_id}': {
    applyAbnormalRefund: 'v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund';
    returnAdvance: 'v3/ecommerce/refunds/{refund_id}/return-advance';
  };
  'v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund': {};
  'v3/ecommerce/refunds/{refund_id}/return-advance': {};
  'v3/ecommerce/subject-sub-merchants': {};
  'v3/ecommerce/subsidies': {
    cancel: 'v3/ecommerce/subsidies/cancel';
    create: 'v3/ecommerce/subsidies/create';
    return: 'v3/ecommerce/subsidies/return';
  };
  'v3/ecommerce/subsidies/cancel': {};
  'v3/ecommerce/subsidies/create': {};
  'v3/ecommerce/subsidies/return': {};
  'v3/edu-papay': {
    contracts: 'v3/edu-papay/contracts';
    transactions: 'v3/edu-papay/transactions';
    user: 'v3/edu-papay/user';
    userNotifications: 'v3/edu-papay/user-notifications';
  };
  'v3/edu-papay/contracts': {
    id: 'v3/edu-papay/contracts/id';
    presign: 'v3/edu-papay/contracts/presign';
    _contract_id_: 'v3/edu-papay/contracts/{contract_id}';
    '{contract_id}': 'v3/edu-papay/contracts/{contract_id}';
  };
  'v3/edu-papay/contracts/id': {
    _contract_id_: 'v3/edu-papay/contracts/id/{contract_id}';
    '{contract_id}': 'v3/edu-papay/contracts/id/{contract_id}';
  };
  'v3/edu-papay/contracts/id/{contract_id}': {};
  'v3/edu-papay/contracts/presign': {};
  'v3/edu-papay/contracts/{contract_id}': {};
  'v3/edu-papay/transactions': {
    id: 'v3/edu-papay/transactions/id';
    outTradeNo: 'v3/edu-papay/transactions/out-trade-no';
  };
  'v3/edu-papay/transactions/id': {
    _transaction_id_: 'v3/edu-papay/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/edu-papay/transactions/id/{transaction_id}';
  };
  'v3/edu-papay/transactions/id/{transaction_id}': {};
  'v3/edu-papay/transactions/out-trade-no': {
    _out_trade_no_: 'v3/edu-papay/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/edu-papay/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/edu-papay/transactions/out-trade-no/{out_trade_no}': {};
  'v3/edu-papay/user': {
    _openid_: 'v3/edu-papay/user/{openid}';
    '{openid}': 'v3/edu-papay/user/{openid}';
  };
  'v3/edu-papay/user-notifications': {
    _contract_id_: 'v3/edu-papay/user-notifications/{contract_id}';
    '{contract_id}': 'v3/edu-papay/user-notifications/{contract_id}';
  };
  'v3/edu-papay/user-notifications/{contract_id}': {
    send: 'v3/edu-papay/user-notifications/{contract_id}/send';
  };
  'v3/edu-papay/user-notifications/{contract_id}/send': {};
  'v3/edu-papay/user/{openid}': {
    contracts: 'v3/edu-papay/user/{openid}/contracts';
  };
  'v3/edu-papay/user/{openid}/contracts': {};
  'v3/edu-star': {
    orders: 'v3/edu-star/orders';
    users: 'v3/edu-star/users';
  };
  'v3/edu-star/orders': {};
  'v3/edu-star/users': {
    openid: 'v3/edu-star/users/openid';
    qq: 'v3/edu-star/users/qq';
  };
  'v3/edu-star/users/openid': {
    _wechat_openid_: 'v3/edu-star/users/openid/{wechat_openid}';
    '{wechat_openid}': 'v3/edu-star/users/openid/{wechat_openid}';
  };
  'v3/edu-star/users/openid/{wechat_openid}': {};
  'v3/edu-star/users/qq': {
    _qq_: 'v3/edu-star/users/qq/{qq}';
    '{qq}': 'v3/edu-star/users/qq/{qq}';
  };
  'v3/edu-star/users/qq/{qq}': {};
  'v3/eduschoolpay': {
    contracts: 'v3/eduschoolpay/contracts';
    transactions: 'v3/eduschoolpay/transactions';
    users: 'v3/eduschoolpay/users';
  };
  'v3/eduschoolpay/contracts': {
    presign: 'v3/eduschoolpay/contracts/presign';
    _contract_id_: 'v3/eduschoolpay/contracts/{contract_id}';
    '{contract_id}': 'v3/eduschoolpay/contracts/{contract_id}';
  };
  'v3/eduschoolpay/contracts/presign': {};
  'v3/eduschoolpay/contracts/{contract_id}': {
    terminate: 'v3/eduschoolpay/contracts/{contract_id}/terminate';
  };
  'v3/eduschoolpay/contracts/{contract_id}/terminate': {};
  'v3/eduschoolpay/transactions': {
    id: 'v3/eduschoolpay/transactions/id';
    outTradeNo: 'v3/eduschoolpay/transactions/out-trade-no';
  };
  'v3/eduschoolpay/transactions/id': {
    _transaction_id_: 'v3/eduschoolpay/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/eduschoolpay/transactions/id/{transaction_id}';
  };
  'v3/eduschoolpay/transactions/id/{transaction_id}': {};
  'v3/eduschoolpay/transactions/out-trade-no': {
    _out_trade_no_: 'v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}': {};
  'v3/eduschoolpay/users': {
    _openid_: 'v3/eduschoolpay/users/{openid}';
    '{openid}': 'v3/eduschoolpay/users/{openid}';
  };
  'v3/eduschoolpay/users/{openid}': {
    contracts: 'v3/eduschoolpay/users/{openid}/contracts';
    debtState: 'v3/eduschoolpay/users/{openid}/debt-state';
  };
  'v3/eduschoolpay/users/{openid}/contracts': {};
  'v3/eduschoolpay/users/{openid}/debt-state': {};
  'v3/express': {
    users: 'v3/express/users';
  };
  'v3/express/users': {
    _openid_: 'v3/express/users/{openid}';
    '{openid}': 'v3/express/users/{openid}';
  };
  'v3/express/users/{openid}': {
    transform: 'v3/express/users/{openid}/transform';
  };
  'v3/express/users/{openid}/transform': {};
  'v3/facemch': {
    users: 'v3/facemch/users';
  };
  'v3/facemch/users': {
    _face_sid_: 'v3/facemch/users/{face_sid}';
    '{face_sid}': 'v3/facemch/users/{face_sid}';
  };
  'v3/facemch/users/{face_sid}': {};
  'v3/fund-app': {
    brandRedpacket: 'v3/fund-app/brand-redpacket';
    mchTransfer: 'v3/fund-app/mch-transfer';
  };
  'v3/fund-app/brand-redpacket': {
    brandMerchantBatches: 'v3/fund-app/brand-redpacket/brand-merchant-batches';
    brandMerchantOutBatches: 'v3/fund-app/brand-redpacket/brand-merchant-out-batches';
  };
  'v3/fund-app/brand-redpacket/brand-merchant-batches': {
    _batch_no_: 'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}';
    '{batch_no}': 'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}';
  };
  'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}': {
    details: 'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details';
  };
  'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details': {
    _detail_no_: 'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}';
    '{detail_no}': 'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}';
  };
  'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}': {};
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches': {
    _out_batch_no_: 'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}';
    '{out_batch_no}': 'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}';
  };
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}': {
    outDetails: 'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details';
  };
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details': {
    _out_detail_no_: 'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}';
    '{out_detail_no}': 'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}';
  };
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}': {};
  'v3/fund-app/mch-transfer': {
    elecsign: 'v3/fund-app/mch-transfer/elecsign';
    partner: 'v3/fund-app/mch-transfer/partner';
    transferBills: 'v3/fund-app/mch-transfer/transfer-bills';
    transferToQqWalletBills: 'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills';
    userConfirmAuthorization: 'v3/fund-app/mch-transfer/user-confirm-authorization';
  };
  'v3/fund-app/mch-transfer/elecsign': {
    outBillNo: 'v3/fund-app/mch-transfer/elecsign/out-bill-no';
    transferBillNo: 'v3/fund-app/mch-transfer/elecsign/transfer-bill-no';
  };
  'v3/fund-app/mch-transfer/elecsign/out-bill-no': {
    _out_bill_no_: 'v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}';
  };
  'v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}': {};
  'v3/fund-app/mch-transfer/elecsign/transfer-bill-no': {
    _transfer_bill_no_: 'v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}';
    '{transfer_bill_no}': 'v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}';
  };
  'v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}': {};
  'v3/fund-app/mch-transfer/partner': {
    budget: 'v3/fund-app/mch-transfer/partner/budget';
    charityBudget: 'v3/fund-app/mch-transfer/partner/charity-budget';
    charityTransferBills: 'v3/fund-app/mch-transfer/partner/charity-transfer-bills';
    electronicReceipts: 'v3/fund-app/mch-transfer/partner/electronic-receipts';
    subMchAuthorizations: 'v3/fund-app/mch-transfer/partner/sub-mch-authorizations';
    transferBills: 'v3/fund-app/mch-transfer/partner/transfer-bills';
    userConfirmAuthorizations: 'v3/fund-app/mch-transfer/partner/user-confirm-authorizations';
  };
  'v3/fund-app/mch-transfer/partner/budget': {
    _out_budget_no_: 'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}';
    '{out_budget_no}': 'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}';
  };
  'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}': {
    electronicReceipts: 'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts';
  };
  'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts': {};
  'v3/fund-app/mch-transfer/partner/charity-budget': {
    _out_budget_no_: 'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}';
    '{out_budget_no}': 'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}';
  };
  'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}': {
    unlock: 'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock';
  };
  'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock': {};
  'v3/fund-app/mch-transfer/partner/charity-transfer-bills': {
    outTransferNo: 'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no';
  };
  'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no': {
    _out_transfer_no_: 'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}';
    '{out_transfer_no}': 'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}';
  };
  'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}': {};
  'v3/fund-app/mch-transfer/partner/electronic-receipts': {
    _out_bill_no_: 'v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}';
    '{out_bill_no}': 'v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}';
  };
  'v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}': {};
  'v3/fund-app/mch-transfer/partner/sub-mch-authorizations': {
    _sub_mchid_: 'v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}';
    '{sub_mchid}': 'v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}';
  };
  'v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}': {};
  'v3/fund-app/mch-transfer/partner/transfer-bills': {
    outBillNo: 'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no';
    preTransferWithAuthorization: 'v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization';
    transfer: 'v3/fund-app/mch-transfer/partner/transfer-bills/transfer';
  };
  'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no': {
    _out_bill_no_: 'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}';
  };
  'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}': {
    cancel: 'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel';
  };
  'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel': {};
  'v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization': {};
  'v3/fund-app/mch-transfer/partner/transfer-bills/transfer': {};
  'v3/fund-app/mch-transfer/partner/user-confirm-authorizations': {
    _out_authorization_no_: 'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}';
    '{out_authorization_no}': 'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}';
  };
  'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}': {
    close: 'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close';
  };
  'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close': {};
  'v3/fund-app/mch-transfer/transfer-bills': {
    outBillNo: 'v3/fund-app/mch-transfer/transfer-bills/out-bill-no';
    preTransferWithAuthorization: 'v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization';
    transfer: 'v3/fund-app/mch-transfer/transfer-bills/transfer';
    transferBillNo: 'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no';
  };
  'v3/fund-app/mch-transfer/transfer-bills/out-bill-no': {
    _out_bill_no_: 'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}';
  };
  'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}': {
    cancel: 'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel';
  };
  'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel': {};
  'v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization': {};
  'v3/fund-app/mch-transfer/transfer-bills/transfer': {};
  'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no': {
    _transfer_bill_no_: 'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}';
    '{transfer_bill_no}': 'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}';
  };
  'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}': {};
  'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills': {
    _out_bill_no_: 'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}';
    '{out_bill_no}': 'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}';
  };
  'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}': {
    cancel: 'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel';
  };
  'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel': {};
  'v3/fund-app/mch-transfer/user-confirm-authorization': {
    outAuthorizationNo: 'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no';
  };
  'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no': {
    _out_authorization_no_: 'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}';
    '{out_authorization_no}': 'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}';
  };
  'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}': {
    close: 'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close';
  };
  'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close': {};
  'v3/funds-to-oversea': {
    billDownloadUrl: 'v3/funds-to-oversea/bill-download-url';
    orders: 'v3/funds-to-oversea/orders';
    return: 'v3/funds-to-oversea/return';
    transactions: 'v3/funds-to-oversea/transactions';
  };
  'v3/funds-to-oversea/bill-download-url': {};
  'v3/funds-to-oversea/orders': {
    _out_order_id_: 'v3/funds-to-oversea/orders/{out_order_id}';
    '{out_order_id}': 'v3/funds-to-oversea/orders/{out_order_id}';
  };
  'v3/funds-to-oversea/orders/{out_order_id}': {};
  'v3/funds-to-oversea/return': {
    returnOrders: 'v3/funds-to-oversea/return/return-orders';
  };
  'v3/funds-to-oversea/return/return-orders': {
    outReturnNo: 'v3/funds-to-oversea/return/return-orders/out-return-no';
  };
  'v3/funds-to-oversea/return/return-orders/out-return-no': {
    _out_return_no_: 'v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}';
    '{out_return_no}': 'v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}';
  };
  'v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}': {};
  'v3/funds-to-oversea/transactions': {
    _transaction_id_: 'v3/funds-to-oversea/transactions/{transaction_id}';
    '{transaction_id}': 'v3/funds-to-oversea/transactions/{transaction_id}';
  };
  'v3/funds-to-oversea/transactions/{transaction_id}': {
    available_abroad_amounts: 'v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts';
  };
  'v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts': {};
  'v3/global': {
    certificates: 'v3/global/certificates';
    customs: 'v3/global/customs';
    merchant: 'v3/global/merchant';
    merchantService: 'v3/global/merchant-service';
    merchantStorage: 'v3/global/merchant-storage';
    merchants: 'v3/global/merchants';
    micropay: 'v3/global/micropay';
    papay: 'v3/global/papay';
    profitSharing: 'v3/global/profit-sharing';
    refund: 'v3/global/refund';
    refunds: 'v3/global/refunds';
    settle: 'v3/global/settle';
    statements: 'v3/global/statements';
    transactions: 'v3/global/transactions';
  };
  'v3/global/certificates': {};
  'v3/global/customs': {
    orders: 'v3/global/customs/orders';
    redeclare: 'v3/global/customs/redeclare';
    verifyCertificate: 'v3/global/customs/verify-certificate';
  };
  'v3/global/customs/orders': {};
  'v3/global/customs/redeclare': {};
  'v3/global/customs/verify-certificate': {};
  'v3/global/merchant': {
    h5: 'v3/global/merchant/h5';
  };
  'v3/global/merchant-service': {
    complaintNotifications: 'v3/global/merchant-service/complaint-notifications';
    complaints: 'v3/global/merchant-service/complaints';
    images: 'v3/global/merchant-service/images';
  };
  'v3/global/merchant-service/complaint-notifications': {};
  'v3/global/merchant-service/complaints': {
    _complaint_id_: 'v3/global/merchant-service/complaints/{complaint_id}';
    '{complaint_id}': 'v3/global/merchant-service/complaints/{complaint_id}';
  };
  'v3/global/merchant-service/complaints/{complaint_id}': {
    complete: 'v3/global/merchant-service/complaints/{complaint_id}/complete';
    negotiationHistorys: 'v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys';
    response: 'v3/global/merchant-service/complaints/{complaint_id}/response';
  };
  'v3/global/merchant-service/complaints/{complaint_id}/complete': {};
  'v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys': {};
  'v3/global/merchant-service/complaints/{complaint_id}/response': {};
  'v3/global/merchant-service/images': {
    upload: 'v3/global/merchant-service/images/upload';
    _media_id_: 'v3/global/merchant-service/images/{media_id}';
    '{media_id}': 'v3/global/merchant-service/images/{media_id}';
  };
  'v3/global/merchant-service/images/upload': {};
  'v3/global/merchant-service/images/{media_id}': {};
  'v3/global/merchant-storage': {
    file: 'v3/global/merchant-storage/file';
  };
  'v3/global/merchant-storage/file': {
    upload: 'v3/global/merchant-storage/file/upload';
  };
  'v3/global/merchant-storage/file/upload': {};
  'v3/global/merchant/h5': {
    permission: 'v3/global/merchant/h5/permission';
  };
  'v3/global/merchant/h5/permission': {
    applications: 'v3/global/merchant/h5/permission/applications';
    domain: 'v3/global/merchant/h5/permission/domain';
    _sub_mchid_: 'v3/global/merchant/h5/permission/{sub_mchid}';
    '{sub_mchid}': 'v3/global/merchant/h5/permission/{sub_mchid}';
  };
  'v3/global/merchant/h5/permission/applications': {
    _applyment_id_: 'v3/global/merchant/h5/permission/applications/{applyment_id}';
    '{applyment_id}': 'v3/global/merchant/h5/permission/applications/{applyment_id}';
  };
  'v3/global/merchant/h5/permission/applications/{applyment_id}': {};
  'v3/global/merchant/h5/permission/domain': {
    applications: 'v3/global/merchant/h5/permission/domain/applications';
  };
  'v3/global/merchant/h5/permission/domain/applications': {
    _applyment_id_: 'v3/global/merchant/h5/permission/domain/applications/{applyment_id}';
    '{applyment_id}': 'v3/global/merchant/h5/permission/domain/applications/{applyment_id}';
  };
  'v3/global/merchant/h5/permission/domain/applications/{applyment_id}': {};
  'v3/global/merchant/h5/permission/{sub_mchid}': {};
  'v3/global/merchants': {
    _sub_mchid_: 'v3/global/merchants/{sub_mchid}';
    '{sub_mchid}': 'v3/global/merchants/{sub_mchid}';
  };
  'v3/global/merchants/{sub_mchid}': {};
  'v3/global/micropay': {
    transactions: 'v3/global/micropay/transactions';
  };
  'v3/global/micropay/transactions': {
    id: 'v3/global/micropay/transactions/id';
    outTradeNo: 'v3/global/micropay/transactions/out-trade-no';
    pay: 'v3/global/micropay/transactions/pay';
  };
  'v3/global/micropay/transactions/id': {
    _transaction_id_: 'v3/global/micropay/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/global/micropay/transactions/id/{transaction_id}';
  };
  'v3/global/micropay/transactions/id/{transaction_id}': {
    reverse: 'v3/global/micropay/transactions/id/{transaction_id}/reverse';
  };
  'v3/global/micropay/transactions/id/{transaction_id}/reverse': {};
  'v3/global/micropay/transactions/out-trade-no': {
    _out_trade_no_: 'v3/global/micropay/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/global/micropay/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/global/micropay/transactions/out-trade-no/{out_trade_no}': {
    reverse: 'v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse';
  };
  'v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse': {};
  'v3/global/micropay/transactions/pay': {};
  'v3/global/papay': {
    contracts: 'v3/global/papay/contracts';
    transactions: 'v3/global/papay/transactions';
  };
  'v3/global/papay/contracts': {
    appPreEntrustSign: 'v3/global/papay/contracts/app-pre-entrust-sign';
    h5PreEntrustSign: 'v3/global/papay/contracts/h5-pre-entrust-sign';
    jsapiPreEntrustSign: 'v3/global/papay/contracts/jsapi-pre-entrust-sign';
    miniprogramPreEntrustSign: 'v3/global/papay/contracts/miniprogram-pre-entrust-sign';
    outContractCode: 'v3/global/papay/contracts/out-contract-code';
    webPreEntrustSign: 'v3/global/papay/contracts/web-pre-entrust-sign';
    _contract_id_: 'v3/global/papay/contracts/{contract_id}';
    '{contract_id}': 'v3/global/papay/contracts/{contract_id}';
  };
  'v3/global/papay/contracts/app-pre-entrust-sign': {};
  'v3/global/papay/contracts/h5-pre-entrust-sign': {};
  'v3/global/papay/contracts/jsapi-pre-entrust-sign': {};
  'v3/global/papay/contracts/miniprogram-pre-entrust-sign': {};
  'v3/global/papay/contracts/out-contract-code': {
    _out_contract_code_: 'v3/global/papay/contracts/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/global/papay/contracts/out-contract-code/{out_contract_code}';
  };
  'v3/global/papay/contracts/out-contract-code/{out_contract_code}': {};
  'v3/global/papay/contracts/web-pre-entrust-sign': {};
  'v3/global/papay/contracts/{contract_id}': {
    terminate: 'v3/global/papay/contracts/{contract_id}/terminate';
  };
  'v3/global/papay/contracts/{contract_id}/terminate': {};
  'v3/global/papay/transactions': {
    outTradeNo: 'v3/global/papay/transactions/out-trade-no';
    _transaction_id_: 'v3/global/papay/transactions/{transaction_id}';
    '{transaction_id}': 'v3/global/papay/transactions/{transaction_id}';
  };
  'v3/global/papay/transactions/out-trade-no': {
    _out_trade_no_: 'v3/global/papay/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/global/papay/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/global/papay/transactions/out-trade-no/{out_trade_no}': {
    reverse: 'v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse';
  };
  'v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse': {};
  'v3/global/papay/transactions/{transaction_id}': {};
  'v3/global/profit-sharing': {
    billDownloadUrl: 'v3/global/profit-sharing/bill-download-url';
    orders: 'v3/global/profit-sharing/orders';
    receivers: 'v3/global/profit-sharing/receivers';
    refunds: 'v3/global/profit-sharing/refunds';
    transactions: 'v3/global/profit-sharing/transactions';
  };
  'v3/global/profit-sharing/bill-download-url': {};
  'v3/global/profit-sharing/orders': {
    unfreeze: 'v3/global/profit-sharing/orders/unfreeze';
    _out_order_no_: 'v3/global/profit-sharing/orders/{out_order_no}';
    '{out_order_no}': 'v3/global/profit-sharing/orders/{out_order_no}';
  };
  'v3/global/profit-sharing/orders/unfreeze': {};
  'v3/global/profit-sharing/orders/{out_order_no}': {};
  'v3/global/profit-sharing/receivers': {
    _account_: 'v3/global/profit-sharing/receivers/{account}';
    '{account}': 'v3/global/profit-sharing/receivers/{account}';
  };
  'v3/global/profit-sharing/receivers/{account}': {};
  'v3/global/profit-sharing/refunds': {
    billDownloadUrl: 'v3/global/profit-sharing/refunds/bill-download-url';
    refundableBalance: 'v3/global/profit-sharing/refunds/refundable-balance';
  };
  'v3/global/profit-sharing/refunds/bill-download-url': {};
  'v3/global/profit-sharing/refunds/refundable-balance': {};
  'v3/global/profit-sharing/transactions': {
    mark: 'v3/global/profit-sharing/transactions/mark';
    _transaction_id_: 'v3/global/profit-sharing/transactions/{transaction_id}';
    '{transaction_id}': 'v3/global/profit-sharing/transactions/{transaction_id}';
  };
  'v3/global/profit-sharing/transactions/mark': {};
  'v3/global/profit-sharing/transactions/{transaction_id}': {
    amounts: 'v3/global/profit-sharing/transactions/{transaction_id}/amounts';
    refundableAmounts: 'v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts';
  };
  'v3/global/profit-sharing/transactions/{transaction_id}/amounts': {};
  'v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts': {};
  'v3/global/refund': {
    partner: 'v3/global/refund/partner';
    rechargeBalance: 'v3/global/refund/recharge-balance';
  };
  'v3/global/refund/partner': {
    rechargeBalance: 'v3/global/refund/partner/recharge-balance';
  };
  'v3/global/refund/partner/recharge-balance': {
    subMchid: 'v3/global/refund/partner/recharge-balance/sub-mchid';
  };
  'v3/global/refund/partner/recharge-balance/sub-mchid': {
    _sub_mchid_: 'v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}';
  };
  'v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}': {};
  'v3/global/refund/recharge-balance': {};
  'v3/global/refunds': {
    id: 'v3/global/refunds/id';
    outRefundNo: 'v3/global/refunds/out-refund-no';
  };
  'v3/global/refunds/id': {
    _refund_id_: 'v3/global/refunds/id/{refund_id}';
    '{refund_id}': 'v3/global/refunds/id/{refund_id}';
  };
  'v3/global/refunds/id/{refund_id}': {};
  'v3/global/refunds/out-refund-no': {
    _out_refund_no_: 'v3/global/refunds/out-refund-no/{out_refund_no}';
    '{out_refund_no}': 'v3/global/refunds/out-refund-no/{out_refund_no}';
  };
  'v3/global/refunds/out-refund-no/{out_refund_no}': {};
  'v3/global/settle': {
    settlements: 'v3/global/settle/settlements';
  };
  'v3/global/settle/settlements': {};
  'v3/global/statements': {};
  'v3/global/transactions': {
    app: 'v3/global/transactions/app';
    id: 'v3/global/transactions/id';
    jsapi: 'v3/global/transactions/jsapi';
    mweb: 'v3/global/transactions/mweb';
    native: 'v3/global/transactions/native';
    outTradeNo: 'v3/global/transactions/out-trade-no';
  };
  'v3/global/transactions/app': {};
  'v3/global/transactions/id': {
    _transaction_id_: 'v3/global/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/global/transactions/id/{transaction_id}';
  };
  'v3/global/transactions/id/{transaction_id}': {
    close: 'v3/global/transactions/id/{transaction_id}/close';
  };
  'v3/global/transactions/id/{transaction_id}/close': {};
  'v3/global/transactions/jsapi': {};
  'v3/global/transactions/mweb': {};
  'v3/global/transactions/native': {};
  'v3/global/transactions/out-trade-no': {
    _out_trade_no_: 'v3/global/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/global/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/global/transactions/out-trade-no/{out_trade_no}': {
    close: 'v3/global/transactions/out-trade-no/{out_trade_no}/close';
  };
  'v3/global/transactions/out-trade-no/{out_trade_no}/close': {};
  'v3/goldplan': {
    merchants: 'v3/goldplan/merchants';
  };
  'v3/goldplan/merchants': {
    changecustompagestatus: 'v3/goldplan/merchants/changecustompagestatus';
    changegoldplanstatus: 'v3/goldplan/merchants/changegoldplanstatus';
    closeAdvertisingShow: 'v3/goldplan/merchants/close-advertising-show';
    openAdvertisingShow: 'v3/goldplan/merchants/open-advertising-show';
    setAdvertisingIndustryFilter: 'v3/goldplan/merchants/set-advertising-industry-filter';
  };
  'v3/goldplan/merchants/changecustompagestatus': {};
  'v3/goldplan/merchants/changegoldplanstatus': {};
  'v3/goldplan/merchants/close-advertising-show': {};
  'v3/goldplan/merchants/open-advertising-show': {};
  'v3/goldplan/merchants/set-advertising-industry-filter': {};
  'v3/gov': {
    subsidy: 'v3/gov/subsidy';
  };
  'v3/gov/subsidy': {
    audit: 'v3/gov/subsidy/audit';
    companies: 'v3/gov/subsidy/companies';
    goods: 'v3/gov/subsidy/goods';
    nQualifications: 'v3/gov/subsidy/n-qualifications';
    qualification: 'v3/gov/subsidy/qualification';
    qualifications: 'v3/gov/subsidy/qualifications';
    sncode: 'v3/gov/subsidy/sncode';
    transactions: 'v3/gov/subsidy/transactions';
    zhejiang: 'v3/gov/subsidy/zhejiang';
  };
  'v3/gov/subsidy/audit': {
    cup: 'v3/gov/subsidy/audit/cup';
  };
  'v3/gov/subsidy/audit/cup': {
    invalid: 'v3/gov/subsidy/audit/cup/invalid';
    query: 'v3/gov/subsidy/audit/cup/query';
    refund: 'v3/gov/subsidy/audit/cup/refund';
    update: 'v3/gov/subsidy/audit/cup/update';
    upload: 'v3/gov/subsidy/audit/cup/upload';
  };
  'v3/gov/subsidy/audit/cup/invalid': {};
  'v3/gov/subsidy/audit/cup/query': {};
  'v3/gov/subsidy/audit/cup/refund': {
    sync: 'v3/gov/subsidy/audit/cup/refund/sync';
  };
  'v3/gov/subsidy/audit/cup/refund/sync': {};
  'v3/gov/subsidy/audit/cup/update': {};
  'v3/gov/subsidy/audit/cup/upload': {};
  'v3/gov/subsidy/companies': {
    query: 'v3/gov/subsidy/companies/query';
  };
  'v3/gov/subsidy/companies/query': {};
  'v3/gov/subsidy/goods': {
    upload: 'v3/gov/subsidy/goods/upload';
  };
  'v3/gov/subsidy/goods/upload': {};
  'v3/gov/subsidy/n-qualifications': {
    sync: 'v3/gov/subsidy/n-qualifications/sync';
  };
  'v3/gov/subsidy/n-qualifications/sync': {};
  'v3/gov/subsidy/qualification': {};
  'v3/gov/subsidy/qualifications': {
    passthrough: 'v3/gov/subsidy/qualifications/passthrough';
    query: 'v3/gov/subsidy/qualifications/query';
    sync: 'v3/gov/subsidy/qualifications/sync';
  };
  'v3/gov/subsidy/qualifications/passthrough': {
    cancel: 'v3/gov/subsidy/qualifications/passthrough/cancel';
    claim: 'v3/gov/subsidy/qualifications/passthrough/claim';
    query: 'v3/gov/subsidy/qualifications/passthrough/query';
  };
  'v3/gov/subsidy/qualifications/passthrough/cancel': {};
  'v3/gov/subsidy/qualifications/passthrough/claim': {};
  'v3/gov/subsidy/qualifications/passthrough/query': {};
  'v3/gov/subsidy/qualifications/query': {};
  'v3/gov/subsidy/qualifications/sync': {};
  'v3/gov/subsidy/sncode': {
    lock: 'v3/gov/subsidy/sncode/lock';
    query: 'v3/gov/subsidy/sncode/query';
    unlock: 'v3/gov/subsidy/sncode/unlock';
  };
  'v3/gov/subsidy/sncode/lock': {};
  'v3/gov/subsidy/sncode/query': {};
  'v3/gov/subsidy/sncode/unlock': {};
  'v3/gov/subsidy/transactions': {
    query: 'v3/gov/subsidy/transactions/query';
    summary: 'v3/gov/subsidy/transactions/summary';
    sync: 'v3/gov/subsidy/transactions/sync';
  };
  'v3/gov/subsidy/transactions/query': {};
  'v3/gov/subsidy/transactions/summary': {
    queryDay: 'v3/gov/subsidy/transactions/summary/query-day';
  };
  'v3/gov/subsidy/transactions/summary/query-day': {};
  'v3/gov/subsidy/transactions/sync': {};
  'v3/gov/subsidy/zhejiang': {
    authcode: 'v3/gov/subsidy/zhejiang/authcode';
    goods: 'v3/gov/subsidy/zhejiang/goods';
    nQualifications: 'v3/gov/subsidy/zhejiang/n-qualifications';
    qualifications: 'v3/gov/subsidy/zhejiang/qualifications';
    sncode: 'v3/gov/subsidy/zhejiang/sncode';
  };
  'v3/gov/subsidy/zhejiang/authcode': {
    cancel: 'v3/gov/subsidy/zhejiang/authcode/cancel';
    commit: 'v3/gov/subsidy/zhejiang/authcode/commit';
    issue: 'v3/gov/subsidy/zhejiang/authcode/issue';
    refund: 'v3/gov/subsidy/zhejiang/authcode/refund';
    try: 'v3/gov/subsidy/zhejiang/authcode/try';
  };
  'v3/gov/subsidy/zhejiang/authcode/cancel': {};
  'v3/gov/subsidy/zhejiang/authcode/commit': {};
  'v3/gov/subsidy/zhejiang/authcode/issue': {};
  'v3/gov/subsidy/zhejiang/authcode/refund': {};
  'v3/gov/subsidy/zhejiang/authcode/try': {};
  'v3/gov/subsidy/zhejiang/goods': {
    query: 'v3/gov/subsidy/zhejiang/goods/query';
  };
  'v3/gov/subsidy/zhejiang/goods/query': {};
  'v3/gov/subsidy/zhejiang/n-qualifications': {
    confirm: 'v3/gov/subsidy/zhejiang/n-qualifications/confirm';
  };
  'v3/gov/subsidy/zhejiang/n-qualifications/confirm': {};
  'v3/gov/subsidy/zhejiang/qualifications': {
    alter: 'v3/gov/subsidy/zhejiang/qualifications/alter';
    claim: 'v3/gov/subsidy/zhejiang/qualifications/claim';
    query: 'v3/gov/subsidy/zhejiang/qualifications/query';
    sync: 'v3/gov/subsidy/zhejiang/qualifications/sync';
  };
  'v3/gov/subsidy/zhejiang/qualifications/alter': {};
  'v3/gov/subsidy/zhejiang/qualifications/claim': {};
  'v3/gov/subsidy/zhejiang/qualifications/query': {};
  'v3/gov/subsidy/zhejiang/qualifications/sync': {};
  'v3/gov/subsidy/zhejiang/sncode': {
    lock: 'v3/gov/subsidy/zhejiang/sncode/lock';
    query: 'v3/gov/subsidy/zhejiang/sncode/query';
    unlock: 'v3/gov/subsidy/zhejiang/sncode/unlock';
  };
  'v3/gov/subsidy/zhejiang/sncode/lock': {};
  'v3/gov/subsidy/zhejiang/sncode/query': {};
  'v3/gov/subsidy/zhejiang/sncode/unlock': {};
  'v3/hire-power-bank': {
    insuranceOrders: 'v3/hire-power-bank/insurance-orders';
    userQualifications: 'v3/hire-power-bank/user-qualifications';
  };
  'v3/hire-power-bank/insurance-orders': {
    _out_order_no_: 'v3/hire-power-bank/insurance-orders/{out_order_no}';
    '{out_order_no}': 'v3/hire-power-bank/insurance-orders/{out_order_no}';
  };
  'v3/hire-power-bank/insurance-orders/{out_order_no}': {};
  'v3/hire-power-bank/user-qualifications': {
    _openid_: 'v3/hire-power-bank/user-qualifications/{openid}';
    '{openid}': 'v3/hire-power-bank/user-qualifications/{openid}';
  };
  'v3/hire-power-bank/user-qualifications/{openid}': {};
  'v3/industry-coupon': {
    tokens: 'v3/industry-coupon/tokens';
  };
  'v3/industry-coupon/tokens': {};
  'v3/industry-rebate': {
    retailIndustry: 'v3/industry-rebate/retail-industry';
    transactions: 'v3/industry-rebate/transactions';
  };
  'v3/industry-rebate/retail-industry': {
    transactions: 'v3/industry-rebate/retail-industry/transactions';
  };
  'v3/industry-rebate/retail-industry/transactions': {};
  'v3/industry-rebate/transactions': {
    _transaction_id_: 'v3/industry-rebate/transactions/{transaction_id}';
    '{transaction_id}': 'v3/industry-rebate/transactions/{transaction_id}';
  };
  'v3/industry-rebate/transactions/{transaction_id}': {};
  'v3/inspolicymgr': {
    deduct: 'v3/inspolicymgr/deduct';
  };
  'v3/inspolicymgr/deduct': {
    authorizations: 'v3/inspolicymgr/deduct/authorizations';
    policies: 'v3/inspolicymgr/deduct/policies';
  };
  'v3/inspolicymgr/deduct/authorizations': {
    _out_insurance_no_: 'v3/inspolicymgr/deduct/authorizations/{out_insurance_no}';
    '{out_insurance_no}': 'v3/inspolicymgr/deduct/authorizations/{out_insurance_no}';
  };
  'v3/inspolicymgr/deduct/authorizations/{out_insurance_no}': {};
  'v3/inspolicymgr/deduct/policies': {
    _out_insurance_no_: 'v3/inspolicymgr/deduct/policies/{out_insurance_no}';
    '{out_insurance_no}': 'v3/inspolicymgr/deduct/policies/{out_insurance_no}';
  };
  'v3/inspolicymgr/deduct/policies/{out_insurance_no}': {};
  'v3/iotmanage': {
    deviceInspections: 'v3/iotmanage/device-inspections';
    devices: 'v3/iotmanage/devices';
  };
  'v3/iotmanage/device-inspections': {
    _device_sn_: 'v3/iotmanage/device-inspections/{device_sn}';
    '{device_sn}': 'v3/iotmanage/device-inspections/{device_sn}';
  };
  'v3/iotmanage/device-inspections/{device_sn}': {};
  'v3/iotmanage/devices': {};
  'v3/lovefeast': {
    brands: 'v3/lovefeast/brands';
    users: 'v3/lovefeast/users';
  };
  'v3/lovefeast/brands': {
    _brand_id_: 'v3/lovefeast/brands/{brand_id}';
    '{brand_id}': 'v3/lovefeast/brands/{brand_id}';
  };
  'v3/lovefeast/brands/{brand_id}': {};
  'v3/lovefeast/users': {
    _openid_: 'v3/lovefeast/users/{openid}';
    '{openid}': 'v3/lovefeast/users/{openid}';
  };
  'v3/lovefeast/users/{openid}': {
    orders: 'v3/lovefeast/users/{openid}/orders';
  };
  'v3/lovefeast/users/{openid}/orders': {
    brandId: 'v3/lovefeast/users/{openid}/orders/brand-id';
    outTradeNo: 'v3/lovefeast/users/{openid}/orders/out-trade-no';
  };
  'v3/lovefeast/users/{openid}/orders/brand-id': {
    _brand_id_: 'v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}';
    '{brand_id}': 'v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}';
  };
  'v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}': {};
  'v3/lovefeast/users/{openid}/orders/out-trade-no': {
    _out_trade_no_: 'v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}';
  };
  'v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}': {};
  'v3/marketing': {
    bank: 'v3/marketing/bank';
    bankFavor: 'v3/marketing/bank-favor';
    busifavor: 'v3/marketing/busifavor';
    favor: 'v3/marketing/favor';
    goodsSubsidyActivity: 'v3/marketing/goods-subsidy-activity';
    membercardActivity: 'v3/marketing/membercard-activity';
    membercardOpen: 'v3/marketing/membercard-open';
    partner: 'v3/marketing/partner';
    partnerships: 'v3/marketing/partnerships';
    paygiftactivity: 'v3/marketing/paygiftactivity';
    shoppingReceipt: 'v3/marketing/shopping-receipt';
    weeklyDiscount: 'v3/marketing/weekly-discount';
    withdrawFavor: 'v3/marketing/withdraw-favor';
  };
  'v3/marketing/bank': {
    packages: 'v3/marketing/bank/packages';
  };
  'v3/marketing/bank-favor': {
    users: 'v3/marketing/bank-favor/users';
  };
  'v3/marketing/bank-favor/users': {
    _openid_: 'v3/marketing/bank-favor/users/{openid}';
    '{openid}': 'v3/marketing/bank-favor/users/{openid}';
  };
  'v3/marketing/bank-favor/users/{openid}': {
    bankMultiActivity: 'v3/marketing/bank-favor/users/{openid}/bank-multi-activity';
    coupons: 'v3/marketing/bank-favor/users/{openid}/coupons';
  };
  'v3/marketing/bank-favor/users/{openid}/bank-multi-activity': {};
  'v3/marketing/bank-favor/users/{openid}/coupons': {
    _coupon_id_: 'v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}';
    '{coupon_id}': 'v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}';
  };
  'v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}': {};
  'v3/marketing/bank/packages': {
    _package_id_: 'v3/marketing/bank/packages/{package_id}';
    '{package_id}': 'v3/marketing/bank/packages/{package_id}';
  };
  'v3/marketing/bank/packages/{package_id}': {
    tasks: 'v3/marketing/bank/packages/{package_id}/tasks';
  };
  'v3/marketing/bank/packages/{package_id}/tasks': {};
  'v3/marketing/busifavor': {
    callbacks: 'v3/marketing/busifavor/callbacks';
    coupons: 'v3/marketing/busifavor/coupons';
    productCoupons: 'v3/marketing/busifavor/product-coupons';
    stocks: 'v3/marketing/busifavor/stocks';
    subsidy: 'v3/marketing/busifavor/subsidy';
    users: 'v3/marketing/busifavor/users';
  };
  'v3/marketing/busifavor/callbacks': {};
  'v3/marketing/busifavor/coupons': {
    associate: 'v3/marketing/busifavor/coupons/associate';
    deactivate: 'v3/marketing/busifavor/coupons/deactivate';
    disassociate: 'v3/marketing/busifavor/coupons/disassociate';
    return: 'v3/marketing/busifavor/coupons/return';
    send: 'v3/marketing/busifavor/coupons/send';
    use: 'v3/marketing/busifavor/coupons/use';
    _card_id_: 'v3/marketing/busifavor/coupons/{card_id}';
    '{card_id}': 'v3/marketing/busifavor/coupons/{card_id}';
  };
  'v3/marketing/busifavor/coupons/associate': {};
  'v3/marketing/busifavor/coupons/deactivate': {};
  'v3/marketing/busifavor/coupons/disassociate': {};
  'v3/marketing/busifavor/coupons/return': {};
  'v3/marketing/busifavor/coupons/send': {};
  'v3/marketing/busifavor/coupons/use': {};
  'v3/marketing/busifavor/coupons/{card_id}': {
    send: 'v3/marketing/busifavor/coupons/{card_id}/send';
  };
  'v3/marketing/busifavor/coupons/{card_id}/send': {};
  'v3/marketing/busifavor/product-coupons': {
    preSend: 'v3/marketing/busifavor/product-coupons/pre-send';
    send: 'v3/marketing/busifavor/product-coupons/send';
  };
  'v3/marketing/busifavor/product-coupons/pre-send': {};
  'v3/marketing/busifavor/product-coupons/send': {};
  'v3/marketing/busifavor/stocks': {
    _stock_id_: 'v3/marketing/busifavor/stocks/{stock_id}';
    '{stock_id}': 'v3/marketing/busifavor/stocks/{stock_id}';
  };
  'v3/marketing/busifavor/stocks/{stock_id}': {
    budget: 'v3/marketing/busifavor/stocks/{stock_id}/budget';
    couponcodes: 'v3/marketing/busifavor/stocks/{stock_id}/couponcodes';
  };
  'v3/marketing/busifavor/stocks/{stock_id}/budget': {};
  'v3/marketing/busifavor/stocks/{stock_id}/couponcodes': {
    _coupon_code_: 'v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}';
    '{coupon_code}': 'v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}';
  };
  'v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}': {};
  'v3/marketing/busifavor/subsidy': {
    payReceipts: 'v3/marketing/busifavor/subsidy/pay-receipts';
    returnReceipts: 'v3/marketing/busifavor/subsidy/return-receipts';
  };
  'v3/marketing/busifavor/subsidy/pay-receipts': {
    _subsidy_receipt_id_: 'v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}';
    '{subsidy_receipt_id}': 'v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}';
  };
  'v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}': {};
  'v3/marketing/busifavor/subsidy/return-receipts': {
    _subsidy_return_receipt_id_: 'v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}';
    '{subsidy_return_receipt_id}': 'v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}';
  };
  'v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}': {};
  'v3/marketing/busifavor/users': {
    _openid_: 'v3/marketing/busifavor/users/{openid}';
    '{openid}': 'v3/marketing/busifavor/users/{openid}';
  };
  'v3/marketing/busifavor/users/{openid}': {
    coupons: 'v3/marketing/busifavor/users/{openid}/coupons';
  };
  'v3/marketing/busifavor/users/{openid}/coupons': {
    _coupon_code_: 'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}';
    '{coupon_code}': 'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}';
  };
  'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}': {
    appids: 'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids';
  };
  'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids': {
    _appid_: 'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}';
    '{appid}': 'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}';
  };
  'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}': {};
  'v3/marketing/favor': {
    callbacks: 'v3/marketing/favor/callbacks';
    couponStocks: 'v3/marketing/favor/coupon-stocks';
    media: 'v3/marketing/favor/media';
    stocks: 'v3/marketing/favor/stocks';
    users: 'v3/marketing/favor/users';
  };
  'v3/marketing/favor/callbacks': {};
  'v3/marketing/favor/coupon-stocks': {};
  'v3/marketing/favor/media': {
    imageUpload: 'v3/marketing/favor/media/image-upload';
  };
  'v3/marketing/favor/media/image-upload': {};
  'v3/marketing/favor/stocks': {
    _stock_id_: 'v3/marketing/favor/stocks/{stock_id}';
    '{stock_id}': 'v3/marketing/favor/stocks/{stock_id}';
  };
  'v3/marketing/favor/stocks/{stock_id}': {
    items: 'v3/marketing/favor/stocks/{stock_id}/items';
    merchants: 'v3/marketing/favor/stocks/{stock_id}/merchants';
    modifyGoodsId: 'v3/marketing/favor/stocks/{stock_id}/modify-goods-id';
    pause: 'v3/marketing/favor/stocks/{stock_id}/pause';
    refundFlow: 'v3/marketing/favor/stocks/{stock_id}/refund-flow';
    refundFlowByDay: 'v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day';
    restart: 'v3/marketing/favor/stocks/{stock_id}/restart';
    start: 'v3/marketing/favor/stocks/{stock_id}/start';
    useFlow: 'v3/marketing/favor/stocks/{stock_id}/use-flow';
    useFlowByDay: 'v3/marketing/favor/stocks/{stock_id}/use-flow-by-day';
  };
  'v3/marketing/favor/stocks/{stock_id}/items': {};
  'v3/marketing/favor/stocks/{stock_id}/merchants': {};
  'v3/marketing/favor/stocks/{stock_id}/modify-goods-id': {};
  'v3/marketing/favor/stocks/{stock_id}/pause': {};
  'v3/marketing/favor/stocks/{stock_id}/refund-flow': {};
  'v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day': {};
  'v3/marketing/favor/stocks/{stock_id}/restart': {};
  'v3/marketing/favor/stocks/{stock_id}/start': {};
  'v3/marketing/favor/stocks/{stock_id}/use-flow': {};
  'v3/marketing/favor/stocks/{stock_id}/use-flow-by-day': {};
  'v3/marketing/favor/users': {
    _openid_: 'v3/marketing/favor/users/{openid}';
    '{openid}': 'v3/marketing/favor/users/{openid}';
  };
  'v3/marketing/favor/users/{openid}': {
    coupons: 'v3/marketing/favor/users/{openid}/coupons';
  };
  'v3/marketing/favor/users/{openid}/coupons': {
    _coupon_id_: 'v3/marketing/favor/users/{openid}/coupons/{coupon_id}';
    '{coupon_id}': 'v3/marketing/favor/users/{openid}/coupons/{coupon_id}';
  };
  'v3/marketing/favor/users/{openid}/coupons/{coupon_id}': {};
  'v3/marketing/goods-subsidy-activity': {
    activities: 'v3/marketing/goods-subsidy-activity/activities';
    activity: 'v3/marketing/goods-subsidy-activity/activity';
    qualification: 'v3/marketing/goods-subsidy-activity/qualification';
    retailStoreAct: 'v3/marketing/goods-subsidy-activity/retail-store-act';
  };
  'v3/marketing/goods-subsidy-activity/activities': {};
  'v3/marketing/goods-subsidy-activity/activity': {
    _activity_id_: 'v3/marketing/goods-subsidy-activity/activity/{activity_id}';
    '{activity_id}': 'v3/marketing/goods-subsidy-activity/activity/{activity_id}';
  };
  'v3/marketing/goods-subsidy-activity/activity/{activity_id}': {
    apply: 'v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply';
  };
  'v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply': {};
  'v3/marketing/goods-subsidy-activity/qualification': {
    lock: 'v3/marketing/goods-subsidy-activity/qualification/lock';
    unlock: 'v3/marketing/goods-subsidy-activity/qualification/unlock';
  };
  'v3/marketing/goods-subsidy-activity/qualification/lock': {};
  'v3/marketing/goods-subsidy-activity/qualification/unlock': {};
  'v3/marketing/goods-subsidy-activity/retail-store-act': {
    _activity_id_: 'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}';
    '{activity_id}': 'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}';
    _brand_id_: 'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}';
    '{brand_id}': 'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}';
  };
  'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}': {
    representative: 'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative';
    representatives: 'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives';
  };
  'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative': {};
  'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives': {};
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}': {
    materials: 'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials';
    stores: 'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores';
  };
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials': {};
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores': {
    _store_code_: 'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}';
    '{store_code}': 'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}';
  };
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}': {};
  'v3/marketing/membercard-activity': {
    activities: 'v3/marketing/membercard-activity/activities';
  };
  'v3/marketing/membercard-activity/activities': {
    _activity_id_: 'v3/marketing/membercard-activity/activities/{activity_id}';
    '{activity_id}': 'v3/marketing/membercard-activity/activities/{activity_id}';
  };
  'v3/marketing/membercard-activity/activities/{activity_id}': {
    terminate: 'v3/marketing/membercard-activity/activities/{activity_id}/terminate';
  };
  'v3/marketing/membercard-activity/activities/{activity_id}/terminate': {};
  'v3/marketing/membercard-open': {
    activateInformations: 'v3/marketing/membercard-open/activate-informations';
    callback: 'v3/marketing/membercard-open/callback';
    cards: 'v3/marketing/membercard-open/cards';
    phonenumberMember: 'v3/marketing/membercard-open/phonenumber-member';
    user: 'v3/marketing/membercard-open/user';
  };
  'v3/marketing/membercard-open/activate-informations': {
    _activate_ticket_: 'v3/marketing/membercard-open/activate-informations/{activate_ticket}';
    '{activate_ticket}': 'v3/marketing/membercard-open/activate-informations/{activate_ticket}';
  };
  'v3/marketing/membercard-open/activate-informations/{activate_ticket}': {};
  'v3/marketing/membercard-open/callback': {};
  'v3/marketing/membercard-open/cards': {
    _card_id_: 'v3/marketing/membercard-open/cards/{card_id}';
    '{card_id}': 'v3/marketing/membercard-open/cards/{card_id}';
  };
  'v3/marketing/membercard-open/cards/{card_id}': {
    codes: 'v3/marketing/membercard-open/cards/{card_id}/codes';
    decryptCode: 'v3/marketing/membercard-open/cards/{card_id}/decrypt-code';
    permissionTokens: 'v3/marketing/membercard-open/cards/{card_id}/permission-tokens';
    phoneMembercard: 'v3/marketing/membercard-open/cards/{card_id}/phone-membercard';
    qrcode: 'v3/marketing/membercard-open/cards/{card_id}/qrcode';
    rights: 'v3/marketing/membercard-open/cards/{card_id}/rights';
    serviceModules: 'v3/marketing/membercard-open/cards/{card_id}/service-modules';
    upgrade: 'v3/marketing/membercard-open/cards/{card_id}/upgrade';
    users: 'v3/marketing/membercard-open/cards/{card_id}/users';
  };
  'v3/marketing/membercard-open/cards/{card_id}/codes': {
    deposit: 'v3/marketing/membercard-open/cards/{card_id}/codes/deposit';
    _code_: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}';
    '{code}': 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}';
  };
  'v3/marketing/membercard-open/cards/{card_id}/codes/deposit': {};
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}': {
    activate: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate';
    bonus: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus';
    rights: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights';
    setServiceModuleData: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data';
    unavailable: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable';
  };
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate': {};
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus': {
    commit: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit';
    prepare: 'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare';
  };
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit': {};
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare': {};
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights': {};
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data': {};
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable': {};
  'v3/marketing/membercard-open/cards/{card_id}/decrypt-code': {};
  'v3/marketing/membercard-open/cards/{card_id}/permission-tokens': {};
  'v3/marketing/membercard-open/cards/{card_id}/phone-membercard': {
    import: 'v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import';
  };
  'v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import': {};
  'v3/marketing/membercard-open/cards/{card_id}/qrcode': {};
  'v3/marketing/membercard-open/cards/{card_id}/rights': {};
  'v3/marketing/membercard-open/cards/{card_id}/service-modules': {
    _service_module_id_: 'v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}';
    '{service_module_id}': 'v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}';
  };
  'v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}': {};
  'v3/marketing/membercard-open/cards/{card_id}/upgrade': {};
  'v3/marketing/membercard-open/cards/{card_id}/users': {
    import: 'v3/marketing/membercard-open/cards/{card_id}/users/import';
  };
  'v3/marketing/membercard-open/cards/{card_id}/users/import': {};
  'v3/marketing/membercard-open/phonenumber-member': {
    import: 'v3/marketing/membercard-open/phonenumber-member/import';
    search: 'v3/marketing/membercard-open/phonenumber-member/search';
  };
  'v3/marketing/membercard-open/phonenumber-member/import': {};
  'v3/marketing/membercard-open/phonenumber-member/search': {};
  'v3/marketing/membercard-open/user': {
    cards: 'v3/marketing/membercard-open/user/cards';
  };
  'v3/marketing/membercard-open/user/cards': {};
  'v3/marketing/partner': {
    deliveryPlan: 'v3/marketing/partner/delivery-plan';
    productCoupon: 'v3/marketing/partner/product-coupon';
  };
  'v3/marketing/partner/delivery-plan': {
    deliveryPlans: 'v3/marketing/partner/delivery-plan/delivery-plans';
    _sp_mchid_: 'v3/marketing/partner/delivery-plan/{sp_mchid}';
    '{sp_mchid}': 'v3/marketing/partner/delivery-plan/{sp_mchid}';
  };
  'v3/marketing/partner/delivery-plan/delivery-plans': {
    _brand_id_: 'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}';
    '{brand_id}': 'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}';
    _plan_id_: 'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}';
    '{plan_id}': 'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}';
  };
  'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}': {
    deliveryPlans: 'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans';
  };
  'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans': {};
  'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}': {
    terminate: 'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate';
  };
  'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate': {};
  'v3/marketing/partner/delivery-plan/{sp_mchid}': {
    notifyUrl: 'v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url';
  };
  'v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url': {};
  'v3/marketing/partner/product-coupon': {
    imageGenerationTasks: 'v3/marketing/partner/product-coupon/image-generation-tasks';
    media: 'v3/marketing/partner/product-coupon/media';
    notifyConfigs: 'v3/marketing/partner/product-coupon/notify-configs';
    productCoupons: 'v3/marketing/partner/product-coupon/product-coupons';
    users: 'v3/marketing/partner/product-coupon/users';
  };
  'v3/marketing/partner/product-coupon/image-generation-tasks': {
    _task_id_: 'v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}';
    '{task_id}': 'v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}';
  };
  'v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}': {};
  'v3/marketing/partner/product-coupon/media': {
    uploadImage: 'v3/marketing/partner/product-coupon/media/upload-image';
  };
  'v3/marketing/partner/product-coupon/media/upload-image': {};
  'v3/marketing/partner/product-coupon/notify-configs': {};
  'v3/marketing/partner/product-coupon/product-coupons': {
    _product_coupon_id_: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}';
    '{product_coupon_id}': 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}';
  };
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}': {
    deactivate: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate';
    stockBundles: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles';
    stocks: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks';
  };
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles': {
    _stock_bundle_id_: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}';
    '{stock_bundle_id}': 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}';
  };
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}': {
    associateStores: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores';
    disassociateStores: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores';
    updateBudget: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget';
  };
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks': {
    _stock_id_: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}';
    '{stock_id}': 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}';
  };
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}': {
    associateStores: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores';
    associatedStores: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores';
    deactivate: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate';
    disassociateStores: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores';
    updateBudget: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget';
    uploadCouponCodes: 'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes';
  };
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget': {};
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes': {};
  'v3/marketing/partner/product-coupon/users': {
    _openid_: 'v3/marketing/partner/product-coupon/users/{openid}';
    '{openid}': 'v3/marketing/partner/product-coupon/users/{openid}';
  };
  'v3/marketing/partner/product-coupon/users/{openid}': {
    couponBundles: 'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles';
    coupons: 'v3/marketing/partner/product-coupon/users/{openid}/coupons';
    preSendCoupon: 'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon';
    preSendCouponBundle: 'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle';
  };
  'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles': {
    _user_coupon_bundle_id_: 'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}';
    '{user_coupon_bundle_id}': 'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}';
  };
  'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}': {
    deactivate: 'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate';
  };
  'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate': {};
  'v3/marketing/partner/product-coupon/users/{openid}/coupons': {
    _coupon_code_: 'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}';
    '{coupon_code}': 'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}';
  };
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}': {
    confirm: 'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm';
    deactivate: 'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate';
    return: 'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return';
    use: 'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use';
  };
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm': {};
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate': {};
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return': {};
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use': {};
  'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon': {};
  'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle': {};
  'v3/marketing/partnerships': {
    build: 'v3/marketing/partnerships/build';
    terminate: 'v3/marketing/partnerships/terminate';
  };
  'v3/marketing/partnerships/build': {};
  'v3/marketing/partnerships/terminate': {};
  'v3/marketing/paygiftactivity': {
    activities: 'v3/marketing/paygiftactivity/activities';
    uniqueThresholdActivity: 'v3/marketing/paygiftactivity/unique-threshold-activity';
  };
  'v3/marketing/paygiftactivity/activities': {
    _activity_id_: 'v3/marketing/paygiftactivity/activities/{activity_id}';
    '{activity_id}': 'v3/marketing/paygiftactivity/activities/{activity_id}';
  };
  'v3/marketing/paygiftactivity/activities/{activity_id}': {
    goods: 'v3/marketing/paygiftactivity/activities/{activity_id}/goods';
    merchants: 'v3/marketing/paygiftactivity/activities/{activity_id}/merchants';
    terminate: 'v3/marketing/paygiftactivity/activities/{activity_id}/terminate';
  };
  'v3/marketing/paygiftactivity/activities/{activity_id}/goods': {};
  'v3/marketing/paygiftactivity/activities/{activity_id}/merchants': {
    add: 'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add';
    delete: 'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete';
  };
  'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add': {};
  'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete': {};
  'v3/marketing/paygiftactivity/activities/{activity_id}/terminate': {};
  'v3/marketing/paygiftactivity/unique-threshold-activity': {};
  'v3/marketing/shopping-receipt': {
    customentrances: 'v3/marketing/shopping-receipt/customentrances';
    merchantshoppingreceiptjumpinfos: 'v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos';
    shoppingreceipts: 'v3/marketing/shopping-receipt/shoppingreceipts';
  };
  'v3/marketing/shopping-receipt/customentrances': {
    _brand_id_: 'v3/marketing/shopping-receipt/customentrances/{brand_id}';
    '{brand_id}': 'v3/marketing/shopping-receipt/customentrances/{brand_id}';
  };
  'v3/marketing/shopping-receipt/customentrances/{brand_id}': {};
  'v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos': {};
  'v3/marketing/shopping-receipt/shoppingreceipts': {};
  'v3/marketing/weekly-discount': {
    activities: 'v3/marketing/weekly-discount/activities';
  };
  'v3/marketing/weekly-discount/activities': {
    _activity_id_: 'v3/marketing/weekly-discount/activities/{activity_id}';
    '{activity_id}': 'v3/marketing/weekly-discount/activities/{activity_id}';
  };
  'v3/marketing/weekly-discount/activities/{activity_id}': {
    apply: 'v3/marketing/weekly-discount/activities/{activity_id}/apply';
  };
  'v3/marketing/weekly-discount/activities/{activity_id}/apply': {};
  'v3/marketing/withdraw-favor': {
    users: 'v3/marketing/withdraw-favor/users';
  };
  'v3/marketing/withdraw-favor/users': {
    _openid_: 'v3/marketing/withdraw-favor/users/{openid}';
    '{openid}': 'v3/marketing/withdraw-favor/users/{openid}';
  };
  'v3/marketing/withdraw-favor/users/{openid}': {
    coupons: 'v3/marketing/withdraw-favor/users/{openid}/coupons';
  };
  'v3/marketing/withdraw-favor/users/{openid}/coupons': {};
  'v3/mch-manage': {
    mchManageRecords: 'v3/mch-manage/mch-manage-records';
    submissionFiles: 'v3/mch-manage/submission-files';
  };
  'v3/mch-manage/mch-manage-records': {
    subMchid: 'v3/mch-manage/mch-manage-records/sub-mchid';
    _manage_record_id_: 'v3/mch-manage/mch-manage-records/{manage_record_id}';
    '{manage_record_id}': 'v3/mch-manage/mch-manage-records/{manage_record_id}';
  };
  'v3/mch-manage/mch-manage-records/sub-mchid': {
    _sub_mchid_: 'v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}';
  };
  'v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}': {};
  'v3/mch-manage/mch-manage-records/{manage_record_id}': {
    mchManageSubmissions: 'v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions';
  };
  'v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions': {};
  'v3/mch-manage/submission-files': {
    subMchid: 'v3/mch-manage/submission-files/sub-mchid';
  };
  'v3/mch-manage/submission-files/sub-mchid': {
    _sub_mchid_: 'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}';
  };
  'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}': {
    upload: 'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload';
  };
  'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload': {};
  'v3/mch-operation-manage': {
    enhancedDueDiligence: 'v3/mch-operation-manage/enhanced-due-diligence';
    merchantLimitations: 'v3/mch-operation-manage/merchant-limitations';
  };
  'v3/mch-operation-manage/enhanced-due-diligence': {
    _due_diligence_id_: 'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}';
    '{due_diligence_id}': 'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}';
  };
  'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}': {
    submit: 'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit';
    upload: 'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload';
  };
  'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit': {};
  'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload': {};
  'v3/mch-operation-manage/merchant-limitations': {
    subMchid: 'v3/mch-operation-manage/merchant-limitations/sub-mchid';
  };
  'v3/mch-operation-manage/merchant-limitations/sub-mchid': {
    _sub_mchid_: 'v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}';
  };
  'v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}': {};
  'v3/mch_operate': {
    risk: 'v3/mch_operate/risk';
  };
  'v3/mch_operate/risk': {
    withdrawlApply: 'v3/mch_operate/risk/withdrawl-apply';
  };
  'v3/mch_operate/risk/withdrawl-apply': {
    applymentId: 'v3/mch_operate/risk/withdrawl-apply/applyment-id';
    outRequestNo: 'v3/mch_operate/risk/withdrawl-apply/out-request-no';
  };
  'v3/mch_operate/risk/withdrawl-apply/applyment-id': {
    _applyment_id_: 'v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}';
    '{applyment_id}': 'v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}';
  };
  'v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}': {};
  'v3/mch_operate/risk/withdrawl-apply/out-request-no': {
    _out_request_no_: 'v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}';
  };
  'v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}': {};
  'v3/mchalterapply': {
    mchcontactalterapplyment: 'v3/mchalterapply/mchcontactalterapplyment';
    mchsubjectalterapplyment: 'v3/mchalterapply/mchsubjectalterapplyment';
    merchantnamealterapplyment: 'v3/mchalterapply/merchantnamealterapplyment';
  };
  'v3/mchalterapply/mchcontactalterapplyment': {
    merchant: 'v3/mchalterapply/mchcontactalterapplyment/merchant';
    _apply_id_: 'v3/mchalterapply/mchcontactalterapplyment/{apply_id}';
    '{apply_id}': 'v3/mchalterapply/mchcontactalterapplyment/{apply_id}';
  };
  'v3/mchalterapply/mchcontactalterapplyment/merchant': {
    _merchant_code_: 'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}';
    '{merchant_code}': 'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}';
  };
  'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}': {
    outRequestNo: 'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no';
  };
  'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no': {
    _out_request_no_: 'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}';
  };
  'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}': {};
  'v3/mchalterapply/mchcontactalterapplyment/{apply_id}': {
    revoke: 'v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke';
  };
  'v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke': {};
  'v3/mchalterapply/mchsubjectalterapplyment': {
    merchant: 'v3/mchalterapply/mchsubjectalterapplyment/merchant';
    _apply_id_: 'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}';
    '{apply_id}': 'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}';
  };
  'v3/mchalterapply/mchsubjectalterapplyment/merchant': {
    _merchant_code_: 'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}';
    '{merchant_code}': 'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}';
  };
  'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}': {
    outRequestNo: 'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no';
  };
  'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no': {
    _out_request_no_: 'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}';
  };
  'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}': {};
  'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}': {
    revoke: 'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke';
  };
  'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke': {};
  'v3/mchalterapply/merchantnamealterapplyment': {
    merchant: 'v3/mchalterapply/merchantnamealterapplyment/merchant';
    _apply_id_: 'v3/mchalterapply/merchantnamealterapplyment/{apply_id}';
    '{apply_id}': 'v3/mchalterapply/merchantnamealterapplyment/{apply_id}';
  };
  'v3/mchalterapply/merchantnamealterapplyment/merchant': {
    _sub_mchid_: 'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}';
    '{sub_mchid}': 'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}';
  };
  'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}': {
    outRequestNo: 'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no';
  };
  'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no': {
    _out_request_no_: 'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}';
  };
  'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}': {};
  'v3/mchalterapply/merchantnamealterapplyment/{apply_id}': {
    revoke: 'v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke';
  };
  'v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke': {};
  'v3/med-ins': {
    orders: 'v3/med-ins/orders';
    refunds: 'v3/med-ins/refunds';
  };
  'v3/med-ins/orders': {
    mixTradeNo: 'v3/med-ins/orders/mix-trade-no';
    outTradeNo: 'v3/med-ins/orders/out-trade-no';
  };
  'v3/med-ins/orders/mix-trade-no': {
    _mix_trade_no_: 'v3/med-ins/orders/mix-trade-no/{mix_trade_no}';
    '{mix_trade_no}': 'v3/med-ins/orders/mix-trade-no/{mix_trade_no}';
  };
  'v3/med-ins/orders/mix-trade-no/{mix_trade_no}': {};
  'v3/med-ins/orders/out-trade-no': {
    _out_trade_no_: 'v3/med-ins/orders/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/med-ins/orders/out-trade-no/{out_trade_no}';
  };
  'v3/med-ins/orders/out-trade-no/{out_trade_no}': {};
  'v3/med-ins/refunds': {
    notify: 'v3/med-ins/refunds/notify';
  };
  'v3/med-ins/refunds/notify': {};
  'v3/merchant': {
    fund: 'v3/merchant/fund';
    media: 'v3/merchant/media';
  };
  'v3/merchant-risk-manage': {
    ecTradeRisk: 'v3/merchant-risk-manage/ec-trade-risk';
    reportTradeUnionInformation: 'v3/merchant-risk-manage/report-trade-union-information';
    tradeRiskInformation: 'v3/merchant-risk-manage/trade-risk-information';
    tradeRiskResult: 'v3/merchant-risk-manage/trade-risk-result';
    violationNotifications: 'v3/merchant-risk-manage/violation-notifications';
  };
  'v3/merchant-risk-manage/ec-trade-risk': {
    queryRiskTrades: 'v3/merchant-risk-manage/ec-trade-risk/query-risk-trades';
    recvDisposeResult: 'v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result';
  };
  'v3/merchant-risk-manage/ec-trade-risk/query-risk-trades': {};
  'v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result': {};
  'v3/merchant-risk-manage/report-trade-union-information': {};
  'v3/merchant-risk-manage/trade-risk-information': {};
  'v3/merchant-risk-manage/trade-risk-result': {};
  'v3/merchant-risk-manage/violation-notifications': {};
  'v3/merchant-service': {
    complaintNotifications: 'v3/merchant-service/complaint-notifications';
    complaints: 'v3/merchant-service/complaints';
    complaintsV2: 'v3/merchant-service/complaints-v2';
    feedbacks: 'v3/merchant-service/feedbacks';
    images: 'v3/merchant-service/images';
  };
  'v3/merchant-service/complaint-notifications': {};
  'v3/merchant-service/complaints': {
    _transaction_id_: 'v3/merchant-service/complaints/{transaction_id}';
    '{transaction_id}': 'v3/merchant-service/complaints/{transaction_id}';
  };
  'v3/merchant-service/complaints-v2': {
    _complaint_id_: 'v3/merchant-service/complaints-v2/{complaint_id}';
    '{complaint_id}': 'v3/merchant-service/complaints-v2/{complaint_id}';
  };
  'v3/merchant-service/complaints-v2/{complaint_id}': {
    complete: 'v3/merchant-service/complaints-v2/{complaint_id}/complete';
    negotiationHistorys: 'v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys';
    response: 'v3/merchant-service/complaints-v2/{complaint_id}/response';
    responseImmediateService: 'v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service';
    updateRefundProgress: 'v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress';
  };
  'v3/merchant-service/complaints-v2/{complaint_id}/complete': {};
  'v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys': {};
  'v3/merchant-service/complaints-v2/{complaint_id}/response': {};
  'v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service': {};
  'v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress': {};
  'v3/merchant-service/complaints/{transaction_id}': {
    negotiationHistorys: 'v3/merchant-service/complaints/{transaction_id}/negotiation-historys';
  };
  'v3/merchant-service/complaints/{transaction_id}/negotiation-historys': {};
  'v3/merchant-service/feedbacks': {};
  'v3/merchant-service/images': {
    upload: 'v3/merchant-service/images/upload';
    _media_id_: 'v3/merchant-service/images/{media_id}';
    '{media_id}': 'v3/merchant-service/images/{media_id}';
  };
  'v3/merchant-service/images/upload': {};
  'v3/merchant-service/images/{media_id}': {};
  'v3/merchant-settlement': {
    merchantSettleRuleApplications: 'v3/merchant-settlement/merchant-settle-rule-applications';
  };
  'v3/merchant-settlement/merchant-settle-rule-applications': {
    _application_id_: 'v3/merchant-settlement/merchant-settle-rule-applications/{application_id}';
    '{application_id}': 'v3/merchant-settlement/merchant-settle-rule-applications/{application_id}';
  };
  'v3/merchant-settlement/merchant-settle-rule-applications/{application_id}': {};
  'v3/merchant-store': {
    stores: 'v3/merchant-store/stores';
  };
  'v3/merchant-store/stores': {
    _store_id_: 'v3/merchant-store/stores/{store_id}';
    '{store_id}': 'v3/merchant-store/stores/{store_id}';
  };
  'v3/merchant-store/stores/{store_id}': {
    recipients: 'v3/merchant-store/stores/{store_id}/recipients';
  };
  'v3/merchant-store/stores/{store_id}/recipients': {
    bind: 'v3/merchant-store/stores/{store_id}/recipients/bind';
    unbind: 'v3/merchant-store/stores/{store_id}/recipients/unbind';
  };
  'v3/merchant-store/stores/{store_id}/recipients/bind': {};
  'v3/merchant-store/stores/{store_id}/recipients/unbind': {};
  'v3/merchant/fund': {
    balance: 'v3/merchant/fund/balance';
    dayendbalance: 'v3/merchant/fund/dayendbalance';
    withdraw: 'v3/merchant/fund/withdraw';
  };
  'v3/merchant/fund/balance': {
    _account_type_: 'v3/merchant/fund/balance/{account_type}';
    '{account_type}': 'v3/merchant/fund/balance/{account_type}';
  };
  'v3/merchant/fund/balance/{account_type}': {};
  'v3/merchant/fund/dayendbalance': {
    _account_type_: 'v3/merchant/fund/dayendbalance/{account_type}';
    '{account_type}': 'v3/merchant/fund/dayendbalance/{account_type}';
  };
  'v3/merchant/fund/dayendbalance/{account_type}': {};
  'v3/merchant/fund/withdraw': {
    billType: 'v3/merchant/fund/withdraw/bill-type';
    outRequestNo: 'v3/merchant/fund/withdraw/out-request-no';
    withdrawId: 'v3/merchant/fund/withdraw/withdraw-id';
  };
  'v3/merchant/fund/withdraw/bill-type': {
    _bill_type_: 'v3/merchant/fund/withdraw/bill-type/{bill_type}';
    '{bill_type}': 'v3/merchant/fund/withdraw/bill-type/{bill_type}';
  };
  'v3/merchant/fund/withdraw/bill-type/{bill_type}': {};
  'v3/merchant/fund/withdraw/out-request-no': {
    _out_request_no_: 'v3/merchant/fund/withdraw/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/merchant/fund/withdraw/out-request-no/{out_request_no}';
  };
  'v3/merchant/fund/withdraw/out-request-no/{out_request_no}': {};
  'v3/merchant/fund/withdraw/withdraw-id': {
    _withdraw_id_: 'v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}';
    '{withdraw_id}': 'v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}';
  };
  'v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}': {};
  'v3/merchant/media': {
    upload: 'v3/merchant/media/upload';
    video_upload: 'v3/merchant/media/video_upload';
  };
  'v3/merchant/media/upload': {};
  'v3/merchant/media/video_upload': {};
  'v3/merchantfund': {
    merchant: 'v3/merchantfund/merchant';
    partner: 'v3/merchantfund/partner';
  };
  'v3/merchantfund/merchant': {
    incomeRecords: 'v3/merchantfund/merchant/income-records';
  };
  'v3/merchantfund/merchant/income-records': {};
  'v3/merchantfund/partner': {
    incomeRecords: 'v3/merchantfund/partner/income-records';
  };
  'v3/merchantfund/partner/income-records': {};
  'v3/multiuse': {
    stocks: 'v3/multiuse/stocks';
    users: 'v3/multiuse/users';
  };
  'v3/multiuse/stocks': {
    _stock_id_: 'v3/multiuse/stocks/{stock_id}';
    '{stock_id}': 'v3/multiuse/stocks/{stock_id}';
  };
  'v3/multiuse/stocks/{stock_id}': {
    refundFlow: 'v3/multiuse/stocks/{stock_id}/refund-flow';
    sendFlow: 'v3/multiuse/stocks/{stock_id}/send-flow';
    useFlow: 'v3/multiuse/stocks/{stock_id}/use-flow';
  };
  'v3/multiuse/stocks/{stock_id}/refund-flow': {};
  'v3/multiuse/stocks/{stock_id}/send-flow': {};
  'v3/multiuse/stocks/{stock_id}/use-flow': {};
  'v3/multiuse/users': {
    _openid_: 'v3/multiuse/users/{openid}';
    '{openid}': 'v3/multiuse/users/{openid}';
  };
  'v3/multiuse/users/{openid}': {
    coupons: 'v3/multiuse/users/{openid}/coupons';
  };
  'v3/multiuse/users/{openid}/coupons': {};
  'v3/new-tax-control-fapiao': {
    cardTemplate: 'v3/new-tax-control-fapiao/card-template';
    fapiaoApplications: 'v3/new-tax-control-fapiao/fapiao-applications';
    fapiaomerchant: 'v3/new-tax-control-fapiao/fapiaomerchant';
    merchant: 'v3/new-tax-control-fapiao/merchant';
    userTitle: 'v3/new-tax-control-fapiao/user-title';
  };
  'v3/new-tax-control-fapiao/card-template': {};
  'v3/new-tax-control-fapiao/fapiao-applications': {
    issueGeneral: 'v3/new-tax-control-fapiao/fapiao-applications/issue-general';
    issuePassengerTransport: 'v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport';
    issueRefinedOil: 'v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil';
    realEstateLeasing: 'v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing';
    uploadFapiaoFile: 'v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file';
    _fapiao_apply_id_: 'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}';
    '{fapiao_apply_id}': 'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}';
  };
  'v3/new-tax-control-fapiao/fapiao-applications/issue-general': {};
  'v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport': {};
  'v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil': {};
  'v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing': {};
  'v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file': {};
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}': {
    fapiaoFiles: 'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files';
    insertCards: 'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards';
    reverse: 'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse';
  };
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files': {};
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards': {};
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse': {};
  'v3/new-tax-control-fapiao/fapiaomerchant': {
    getspinviteurl: 'v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl';
    listspinvitemchinfo: 'v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo';
  };
  'v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl': {};
  'v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo': {};
  'v3/new-tax-control-fapiao/merchant': {
    baseInformation: 'v3/new-tax-control-fapiao/merchant/base-information';
    developmentConfig: 'v3/new-tax-control-fapiao/merchant/development-config';
    taxCodes: 'v3/new-tax-control-fapiao/merchant/tax-codes';
    _sub_mchid_: 'v3/new-tax-control-fapiao/merchant/{sub_mchid}';
    '{sub_mchid}': 'v3/new-tax-control-fapiao/merchant/{sub_mchid}';
  };
  'v3/new-tax-control-fapiao/merchant/base-information': {};
  'v3/new-tax-control-fapiao/merchant/development-config': {};
  'v3/new-tax-control-fapiao/merchant/tax-codes': {};
  'v3/new-tax-control-fapiao/merchant/{sub_mchid}': {
    check: 'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check';
    checkStatus: 'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status';
  };
  'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check': {};
  'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status': {};
  'v3/new-tax-control-fapiao/user-title': {
    titleUrl: 'v3/new-tax-control-fapiao/user-title/title-url';
  };
  'v3/new-tax-control-fapiao/user-title/title-url': {};
  'v3/offlineface': {
    authinfo: 'v3/offlineface/authinfo';
    contracts: 'v3/offlineface/contracts';
    faceCollections: 'v3/offlineface/face-collections';
    repaymentUrl: 'v3/offlineface/repayment-url';
    transactions: 'v3/offlineface/transactions';
  };
  'v3/offlineface/authinfo': {};
  'v3/offlineface/contracts': {
    presign: 'v3/offlineface/contracts/presign';
    _contract_id_: 'v3/offlineface/contracts/{contract_id}';
    '{contract_id}': 'v3/offlineface/contracts/{contract_id}';
  };
  'v3/offlineface/contracts/presign': {};
  'v3/offlineface/contracts/{contract_id}': {};
  'v3/offlineface/face-collections': {
    _collection_id_: 'v3/offlineface/face-collections/{collection_id}';
    '{collection_id}': 'v3/offlineface/face-collections/{collection_id}';
  };
  'v3/offlineface/face-collections/{collection_id}': {};
  'v3/offlineface/repayment-url': {};
  'v3/offlineface/transactions': {
    outTradeNo: 'v3/offlineface/transactions/out-trade-no';
  };
  'v3/offlineface/transactions/out-trade-no': {
    _out_trade_no_: 'v3/offlineface/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/offlineface/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/offlineface/transactions/out-trade-no/{out_trade_no}': {};
  'v3/offlinefacemch': {
    organizations: 'v3/offlinefacemch/organizations';
    tokens: 'v3/offlinefacemch/tokens';
  };
  'v3/offlinefacemch/organizations': {
    _organization_id_: 'v3/offlinefacemch/organizations/{organization_id}';
    '{organization_id}': 'v3/offlinefacemch/organizations/{organization_id}';
  };
  'v3/offlinefacemch/organizations/{organization_id}': {
    users: 'v3/offlinefacemch/organizations/{organization_id}/users';
  };
  'v3/offlinefacemch/organizations/{organization_id}/users': {
    outUserId: 'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id';
    userId: 'v3/offlinefacemch/organizations/{organization_id}/users/user-id';
  };
  'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id': {
    _out_user_id_: 'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}';
    '{out_user_id}': 'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}';
  };
  'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}': {};
  'v3/offlinefacemch/organizations/{organization_id}/users/user-id': {
    _user_id_: 'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}';
    '{user_id}': 'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}';
  };
  'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}': {
    terminateContract: 'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract';
  };
  'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract': {};
  'v3/offlinefacemch/tokens': {};
  'v3/palmservice': {
    authorization: 'v3/palmservice/authorization';
  };
  'v3/palmservice/authorization': {
    openid: 'v3/palmservice/authorization/openid';
    preauthorize: 'v3/palmservice/authorization/preauthorize';
  };
  'v3/palmservice/authorization/openid': {
    _openid_: 'v3/palmservice/authorization/openid/{openid}';
    '{openid}': 'v3/palmservice/authorization/openid/{openid}';
  };
  'v3/palmservice/authorization/openid/{openid}': {};
  'v3/palmservice/authorization/preauthorize': {};
  'v3/papay': {
    contracts: 'v3/papay/contracts';
    insurancePay: 'v3/papay/insurance-pay';
    insuranceSign: 'v3/papay/insurance-sign';
    pay: 'v3/papay/pay';
    scheduledDeductSign: 'v3/papay/scheduled-deduct-sign';
    sign: 'v3/papay/sign';
  };
  'v3/papay/contracts': {
    _contract_id_: 'v3/papay/contracts/{contract_id}';
    '{contract_id}': 'v3/papay/contracts/{contract_id}';
  };
  'v3/papay/contracts/{contract_id}': {
    failNotify: 'v3/papay/contracts/{contract_id}/fail-notify';
    notify: 'v3/papay/contracts/{contract_id}/notify';
  };
  'v3/papay/contracts/{contract_id}/fail-notify': {};
  'v3/papay/contracts/{contract_id}/notify': {};
  'v3/papay/insurance-pay': {
    policyPeriods: 'v3/papay/insurance-pay/policy-periods';
    transactions: 'v3/papay/insurance-pay/transactions';
  };
  'v3/papay/insurance-pay/policy-periods': {
    contractId: 'v3/papay/insurance-pay/policy-periods/contract-id';
  };
  'v3/papay/insurance-pay/policy-periods/contract-id': {
    _contract_id_: 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}';
    '{contract_id}': 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}';
  };
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}': {
    policyPeriodId: 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id';
  };
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id': {
    _policy_period_id_: 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}';
    '{policy_period_id}': 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}';
  };
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}': {
    schedule: 'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule';
  };
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule': {};
  'v3/papay/insurance-pay/transactions': {
    apply: 'v3/papay/insurance-pay/transactions/apply';
  };
  'v3/papay/insurance-pay/transactions/apply': {};
  'v3/papay/insurance-sign': {
    contracts: 'v3/papay/insurance-sign/contracts';
    policyPeriods: 'v3/papay/insurance-sign/policy-periods';
    policy_periods: 'v3/papay/insurance-sign/policy_periods';
  };
  'v3/papay/insurance-sign/contracts': {
    planId: 'v3/papay/insurance-sign/contracts/plan-id';
    preEntrustSign: 'v3/papay/insurance-sign/contracts/pre-entrust-sign';
  };
  'v3/papay/insurance-sign/contracts/plan-id': {
    _plan_id_: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}';
    '{plan_id}': 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}';
  };
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}': {
    contractId: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id';
    outContractCode: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code';
  };
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id': {
    _contract_id_: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}';
    '{contract_id}': 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}';
  };
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}': {
    renew: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew';
  };
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': {};
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code': {
    _out_contract_code_: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
  };
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': {
    terminate: 'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate';
  };
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': {};
  'v3/papay/insurance-sign/contracts/pre-entrust-sign': {
    app: 'v3/papay/insurance-sign/contracts/pre-entrust-sign/app';
    h5: 'v3/papay/insurance-sign/contracts/pre-entrust-sign/h5';
    jsapi: 'v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi';
    miniProgram: 'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program';
  };
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/app': {};
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/h5': {};
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': {};
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': {};
  'v3/papay/insurance-sign/policy-periods': {
    planId: 'v3/papay/insurance-sign/policy-periods/plan-id';
  };
  'v3/papay/insurance-sign/policy-periods/plan-id': {
    _plan_id_: 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}';
    '{plan_id}': 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}';
  };
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}': {
    contractId: 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id';
  };
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id': {
    _contract_id_: 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}';
    '{contract_id}': 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}';
  };
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}': {
    modify: 'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify';
  };
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': {};
  'v3/papay/insurance-sign/policy_periods': {
    planId: 'v3/papay/insurance-sign/policy_periods/plan-id';
  };
  'v3/papay/insurance-sign/policy_periods/plan-id': {
    _plan_id_: 'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}';
    '{plan_id}': 'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}';
  };
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}': {
    outContractCode: 'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code';
  };
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code': {
    _out_contract_code_: 'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
  };
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': {};
  'v3/papay/pay': {
    harmony: 'v3/papay/pay/harmony';
    partner: 'v3/papay/pay/partner';
    schedules: 'v3/papay/pay/schedules';
    transactions: 'v3/papay/pay/transactions';
  };
  'v3/papay/pay/harmony': {
    transactions: 'v3/papay/pay/harmony/transactions';
  };
  'v3/papay/pay/harmony/transactions': {
    apply: 'v3/papay/pay/harmony/transactions/apply';
  };
  'v3/papay/pay/harmony/transactions/apply': {};
  'v3/papay/pay/partner': {
    schedules: 'v3/papay/pay/partner/schedules';
    transactions: 'v3/papay/pay/partner/transactions';
  };
  'v3/papay/pay/partner/schedules': {
    contractId: 'v3/papay/pay/partner/schedules/contract-id';
  };
  'v3/papay/pay/partner/schedules/contract-id': {
    _contract_id_: 'v3/papay/pay/partner/schedules/contract-id/{contract_id}';
    '{contract_id}': 'v3/papay/pay/partner/schedules/contract-id/{contract_id}';
  };
  'v3/papay/pay/partner/schedules/contract-id/{contract_id}': {
    schedule: 'v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule';
  };
  'v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': {};
  'v3/papay/pay/partner/transactions': {
    apply: 'v3/papay/pay/partner/transactions/apply';
  };
  'v3/papay/pay/partner/transactions/apply': {};
  'v3/papay/pay/schedules': {
    contractId: 'v3/papay/pay/schedules/contract-id';
  };
  'v3/papay/pay/schedules/contract-id': {
    _contract_id_: 'v3/papay/pay/schedules/contract-id/{contract_id}';
    '{contract_id}': 'v3/papay/pay/schedules/contract-id/{contract_id}';
  };
  'v3/papay/pay/schedules/contract-id/{contract_id}': {
    schedule: 'v3/papay/pay/schedules/contract-id/{contract_id}/schedule';
  };
  'v3/papay/pay/schedules/contract-id/{contract_id}/schedule': {};
  'v3/papay/pay/transactions': {
    apply: 'v3/papay/pay/transactions/apply';
  };
  'v3/papay/pay/transactions/apply': {};
  'v3/papay/scheduled-deduct-sign': {
    contracts: 'v3/papay/scheduled-deduct-sign/contracts';
    partner: 'v3/papay/scheduled-deduct-sign/partner';
  };
  'v3/papay/scheduled-deduct-sign/contracts': {
    preEntrustSign: 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign';
  };
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign': {
    app: 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app';
    h5: 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5';
    jsapi: 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi';
    miniProgram: 'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program';
  };
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app': {};
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5': {};
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi': {};
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program': {};
  'v3/papay/scheduled-deduct-sign/partner': {
    contracts: 'v3/papay/scheduled-deduct-sign/partner/contracts';
  };
  'v3/papay/scheduled-deduct-sign/partner/contracts': {
    preEntrustSign: 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign';
  };
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign': {
    app: 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app';
    h5: 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5';
    jsapi: 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi';
    miniProgram: 'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program';
  };
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app': {};
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5': {};
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi': {};
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': {};
  'v3/papay/sign': {
    contracts: 'v3/papay/sign/contracts';
    partner: 'v3/papay/sign/partner';
  };
  'v3/papay/sign/contracts': {
    harmonyPlanId: 'v3/papay/sign/contracts/harmony-plan-id';
    planId: 'v3/papay/sign/contracts/plan-id';
    preEntrustSign: 'v3/papay/sign/contracts/pre-entrust-sign';
  };
  'v3/papay/sign/contracts/harmony-plan-id': {
    _plan_id_: 'v3/papay/sign/contracts/harmony-plan-id/{plan_id}';
    '{plan_id}': 'v3/papay/sign/contracts/harmony-plan-id/{plan_id}';
  };
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}': {
    outContractCode: 'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code';
  };
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code': {
    _out_contract_code_: 'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}';
  };
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}': {};
  'v3/papay/sign/contracts/plan-id': {
    _plan_id_: 'v3/papay/sign/contracts/plan-id/{plan_id}';
    '{plan_id}': 'v3/papay/sign/contracts/plan-id/{plan_id}';
  };
  'v3/papay/sign/contracts/plan-id/{plan_id}': {
    outContractCode: 'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code';
  };
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code': {
    _out_contract_code_: 'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
  };
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': {
    terminate: 'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate';
  };
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': {};
  'v3/papay/sign/contracts/pre-entrust-sign': {};
  'v3/papay/sign/partner': {
    contracts: 'v3/papay/sign/partner/contracts';
  };
  'v3/papay/sign/partner/contracts': {
    planId: 'v3/papay/sign/partner/contracts/plan-id';
  };
  'v3/papay/sign/partner/contracts/plan-id': {
    _plan_id_: 'v3/papay/sign/partner/contracts/plan-id/{plan_id}';
    '{plan_id}': 'v3/papay/sign/partner/contracts/plan-id/{plan_id}';
  };
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}': {
    outContractCode: 'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code';
  };
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code': {
    _out_contract_code_: 'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}';
  };
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': {
    terminate: 'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate';
  };
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': {};
  'v3/parking': {
    reminders: 'v3/parking/reminders';
  };
  'v3/parking/reminders': {
    application: 'v3/parking/reminders/application';
    applications: 'v3/parking/reminders/applications';
    entry: 'v3/parking/reminders/entry';
    exit: 'v3/parking/reminders/exit';
    extPayment: 'v3/parking/reminders/ext-payment';
    parkingFee: 'v3/parking/reminders/parking-fee';
    parkingLot: 'v3/parking/reminders/parking-lot';
    payment: 'v3/parking/reminders/payment';
  };
  'v3/parking/reminders/application': {
    query: 'v3/parking/reminders/application/query';
    withdraw: 'v3/parking/reminders/application/withdraw';
  };
  'v3/parking/reminders/application/query': {};
  'v3/parking/reminders/application/withdraw': {};
  'v3/parking/reminders/applications': {};
  'v3/parking/reminders/entry': {};
  'v3/parking/reminders/exit': {};
  'v3/parking/reminders/ext-payment': {};
  'v3/parking/reminders/parking-fee': {};
  'v3/parking/reminders/parking-lot': {};
  'v3/parking/reminders/payment': {};
  'v3/partner-papay': {
    contracts: 'v3/partner-papay/contracts';
  };
  'v3/partner-papay/contracts': {
    _contract_id_: 'v3/partner-papay/contracts/{contract_id}';
    '{contract_id}': 'v3/partner-papay/contracts/{contract_id}';
  };
  'v3/partner-papay/contracts/{contract_id}': {
    failNotify: 'v3/partner-papay/contracts/{contract_id}/fail-notify';
    notify: 'v3/partner-papay/contracts/{contract_id}/notify';
  };
  'v3/partner-papay/contracts/{contract_id}/fail-notify': {};
  'v3/partner-papay/contracts/{contract_id}/notify': {};
  'v3/partner-transfer': {
    batches: 'v3/partner-transfer/batches';
  };
  'v3/partner-transfer/batches': {
    batchId: 'v3/partner-transfer/batches/batch-id';
    outBatchNo: 'v3/partner-transfer/batches/out-batch-no';
  };
  'v3/partner-transfer/batches/batch-id': {
    _batch_id_: 'v3/partner-transfer/batches/batch-id/{batch_id}';
    '{batch_id}': 'v3/partner-transfer/batches/batch-id/{batch_id}';
  };
  'v3/partner-transfer/batches/batch-id/{batch_id}': {
    details: 'v3/partner-transfer/batches/batch-id/{batch_id}/details';
  };
  'v3/partner-transfer/batches/batch-id/{batch_id}/details': {
    detailId: 'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id';
  };
  'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id': {
    _detail_id_: 'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
    '{detail_id}': 'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
  };
  'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': {};
  'v3/partner-transfer/batches/out-batch-no': {
    _out_batch_no_: 'v3/partner-transfer/batches/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/partner-transfer/batches/out-batch-no/{out_batch_no}';
  };
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}': {
    details: 'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details';
  };
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details': {
    outDetailNo: 'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no';
  };
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': {
    _out_detail_no_: 'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
    '{out_detail_no}': 'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
  };
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': {};
  'v3/password-exempt-contract': {
    contracts: 'v3/password-exempt-contract/contracts';
  };
  'v3/password-exempt-contract/contracts': {
    ecommerce: 'v3/password-exempt-contract/contracts/ecommerce';
    normal: 'v3/password-exempt-contract/contracts/normal';
    qs: 'v3/password-exempt-contract/contracts/qs';
    serviceId: 'v3/password-exempt-contract/contracts/service-id';
    serviceProvider: 'v3/password-exempt-contract/contracts/service-provider';
  };
  'v3/password-exempt-contract/contracts/ecommerce': {
    preEntrustSign: 'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign';
  };
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign': {
    miniProgram: 'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program';
    payRedirectSign: 'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign';
  };
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': {};
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign': {};
  'v3/password-exempt-contract/contracts/normal': {
    preEntrustSign: 'v3/password-exempt-contract/contracts/normal/pre-entrust-sign';
  };
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign': {
    miniProgram: 'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program';
    payRedirectSign: 'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign';
  };
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program': {};
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign': {};
  'v3/password-exempt-contract/contracts/qs': {
    preEntrustSign: 'v3/password-exempt-contract/contracts/qs/pre-entrust-sign';
  };
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign': {
    miniProgram: 'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program';
    payRedirectSign: 'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign';
  };
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program': {};
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign': {};
  'v3/password-exempt-contract/contracts/service-id': {
    _service_id_: 'v3/password-exempt-contract/contracts/service-id/{service_id}';
    '{service_id}': 'v3/password-exempt-contract/contracts/service-id/{service_id}';
  };
  'v3/password-exempt-contract/contracts/service-id/{service_id}': {
    outContractCode: 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code';
  };
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code': {
    _out_contract_code_: 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}';
    '{out_contract_code}': 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}';
  };
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': {
    terminate: 'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate';
  };
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate': {};
  'v3/password-exempt-contract/contracts/service-provider': {
    preEntrustSign: 'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign';
  };
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign': {
    miniProgram: 'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program';
    payRedirectSign: 'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign';
  };
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program': {};
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign': {};
  'v3/pay': {
    acquiringBank: 'v3/pay/acquiring-bank';
    instal: 'v3/pay/instal';
    partner: 'v3/pay/partner';
    transactions: 'v3/pay/transactions';
  };
  'v3/pay-devices': {
    openScenarioSpeaker: 'v3/pay-devices/open-scenario-speaker';
    openScenarioSpeakerorder: 'v3/pay-devices/open-scenario-speakerorder';
    printers: 'v3/pay-devices/printers';
  };
  'v3/pay-devices/open-scenario-speaker': {
    _device_sn_: 'v3/pay-devices/open-scenario-speaker/{device_sn}';
    '{device_sn}': 'v3/pay-devices/open-scenario-speaker/{device_sn}';
  };
  'v3/pay-devices/open-scenario-speaker/{device_sn}': {
    bind: 'v3/pay-devices/open-scenario-speaker/{device_sn}/bind';
    prebind: 'v3/pay-devices/open-scenario-speaker/{device_sn}/prebind';
    unbind: 'v3/pay-devices/open-scenario-speaker/{device_sn}/unbind';
  };
  'v3/pay-devices/open-scenario-speaker/{device_sn}/bind': {};
  'v3/pay-devices/open-scenario-speaker/{device_sn}/prebind': {};
  'v3/pay-devices/open-scenario-speaker/{device_sn}/unbind': {};
  'v3/pay-devices/open-scenario-speakerorder': {
    _transaction_id_: 'v3/pay-devices/open-scenario-speakerorder/{transaction_id}';
    '{transaction_id}': 'v3/pay-devices/open-scenario-speakerorder/{transaction_id}';
  };
  'v3/pay-devices/open-scenario-speakerorder/{transaction_id}': {
    report: 'v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report';
  };
  'v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report': {};
  'v3/pay-devices/printers': {
    _device_id_: 'v3/pay-devices/printers/{device_id}';
    '{device_id}': 'v3/pay-devices/printers/{device_id}';
  };
  'v3/pay-devices/printers/{device_id}': {
    printOrders: 'v3/pay-devices/printers/{device_id}/print-orders';
  };
  'v3/pay-devices/printers/{device_id}/print-orders': {
    _print_order_no_: 'v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}';
    '{print_order_no}': 'v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}';
  };
  'v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}': {};
  'v3/pay/acquiring-bank': {
    transactions: 'v3/pay/acquiring-bank/transactions';
  };
  'v3/pay/acquiring-bank/transactions': {
    exposure: 'v3/pay/acquiring-bank/transactions/exposure';
  };
  'v3/pay/acquiring-bank/transactions/exposure': {};
  'v3/pay/instal': {
    exposure: 'v3/pay/instal/exposure';
    partner: 'v3/pay/instal/partner';
  };
  'v3/pay/instal/exposure': {};
  'v3/pay/instal/partner': {
    exposure: 'v3/pay/instal/partner/exposure';
  };
  'v3/pay/instal/partner/exposure': {};
  'v3/pay/partner': {
    transactions: 'v3/pay/partner/transactions';
  };
  'v3/pay/partner/transactions': {
    app: 'v3/pay/partner/transactions/app';
    appWithContract: 'v3/pay/partner/transactions/app-with-contract';
    codepay: 'v3/pay/partner/transactions/codepay';
    exposure: 'v3/pay/partner/transactions/exposure';
    h5: 'v3/pay/partner/transactions/h5';
    id: 'v3/pay/partner/transactions/id';
    jsapi: 'v3/pay/partner/transactions/jsapi';
    jsapiWithContract: 'v3/pay/partner/transactions/jsapi-with-contract';
    miniprogram: 'v3/pay/partner/transactions/miniprogram';
    native: 'v3/pay/partner/transactions/native';
    outTradeNo: 'v3/pay/partner/transactions/out-trade-no';
    scannedpos: 'v3/pay/partner/transactions/scannedpos';
  };
  'v3/pay/partner/transactions/app': {};
  'v3/pay/partner/transactions/app-with-contract': {};
  'v3/pay/partner/transactions/codepay': {};
  'v3/pay/partner/transactions/exposure': {};
  'v3/pay/partner/transactions/h5': {};
  'v3/pay/partner/transactions/id': {
    _transaction_id_: 'v3/pay/partner/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/pay/partner/transactions/id/{transaction_id}';
  };
  'v3/pay/partner/transactions/id/{transaction_id}': {};
  'v3/pay/partner/transactions/jsapi': {};
  'v3/pay/partner/transactions/jsapi-with-contract': {};
  'v3/pay/partner/transactions/miniprogram': {};
  'v3/pay/partner/transactions/native': {};
  'v3/pay/partner/transactions/out-trade-no': {
    _out_trade_no_: 'v3/pay/partner/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/pay/partner/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/pay/partner/transactions/out-trade-no/{out_trade_no}': {
    close: 'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close';
    reverse: 'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse';
  };
  'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close': {};
  'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse': {};
  'v3/pay/partner/transactions/scannedpos': {};
  'v3/pay/transactions': {
    app: 'v3/pay/transactions/app';
    appWithContract: 'v3/pay/transactions/app-with-contract';
    codepay: 'v3/pay/transactions/codepay';
    exposure: 'v3/pay/transactions/exposure';
    h5: 'v3/pay/transactions/h5';
    id: 'v3/pay/transactions/id';
    jsapi: 'v3/pay/transactions/jsapi';
    jsapiWithContract: 'v3/pay/transactions/jsapi-with-contract';
    native: 'v3/pay/transactions/native';
    outTradeNo: 'v3/pay/transactions/out-trade-no';
  };
  'v3/pay/transactions/app': {};
  'v3/pay/transactions/app-with-contract': {};
  'v3/pay/transactions/codepay': {};
  'v3/pay/transactions/exposure': {};
  'v3/pay/transactions/h5': {};
  'v3/pay/transactions/id': {
    _transaction_id_: 'v3/pay/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/pay/transactions/id/{transaction_id}';
  };
  'v3/pay/transactions/id/{transaction_id}': {};
  'v3/pay/transactions/jsapi': {};
  'v3/pay/transactions/jsapi-with-contract': {};
  'v3/pay/transactions/native': {};
  'v3/pay/transactions/out-trade-no': {
    _out_trade_no_: 'v3/pay/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/pay/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/pay/transactions/out-trade-no/{out_trade_no}': {
    close: 'v3/pay/transactions/out-trade-no/{out_trade_no}/close';
    reverse: 'v3/pay/transactions/out-trade-no/{out_trade_no}/reverse';
  };
  'v3/pay/transactions/out-trade-no/{out_trade_no}/close': {};
  'v3/pay/transactions/out-trade-no/{out_trade_no}/reverse': {};
  'v3/payroll-card': {
    authentications: 'v3/payroll-card/authentications';
    relations: 'v3/payroll-card/relations';
    tokens: 'v3/payroll-card/tokens';
    transferBatches: 'v3/payroll-card/transfer-batches';
    wesure: 'v3/payroll-card/wesure';
  };
  'v3/payroll-card/authentications': {
    preOrder: 'v3/payroll-card/authentications/pre-order';
    preOrderWithAuth: 'v3/payroll-card/authentications/pre-order-with-auth';
    _authenticate_number_: 'v3/payroll-card/authentications/{authenticate_number}';
    '{authenticate_number}': 'v3/payroll-card/authentications/{authenticate_number}';
  };
  'v3/payroll-card/authentications/pre-order': {};
  'v3/payroll-card/authentications/pre-order-with-auth': {};
  'v3/payroll-card/authentications/{authenticate_number}': {};
  'v3/payroll-card/relations': {
    _openid_: 'v3/payroll-card/relations/{openid}';
    '{openid}': 'v3/payroll-card/relations/{openid}';
  };
  'v3/payroll-card/relations/{openid}': {};
  'v3/payroll-card/tokens': {};
  'v3/payroll-card/transfer-batches': {};
  'v3/payroll-card/wesure': {
    insurance: 'v3/payroll-card/wesure/insurance';
    tokenValidations: 'v3/payroll-card/wesure/token-validations';
  };
  'v3/payroll-card/wesure/insurance': {};
  'v3/payroll-card/wesure/token-validations': {};
  'v3/payscore': {
    acquiringbank: 'v3/payscore/acquiringbank';
    merchantBill: 'v3/payscore/merchant-bill';
    oversea: 'v3/payscore/oversea';
    partner: 'v3/payscore/partner';
    payafterOrders: 'v3/payscore/payafter-orders';
    permissions: 'v3/payscore/permissions';
    plan: 'v3/payscore/plan';
    serviceorder: 'v3/payscore/serviceorder';
    servicepayondeliveryorder: 'v3/payscore/servicepayondeliveryorder';
    signPlan: 'v3/payscore/sign-plan';
    smartretailOrders: 'v3/payscore/smartretail-orders';
    userServiceState: 'v3/payscore/user-service-state';
    users: 'v3/payscore/users';
  };
  'v3/payscore/acquiringbank': {
    permissions: 'v3/payscore/acquiringbank/permissions';
    serviceorder: 'v3/payscore/acquiringbank/serviceorder';
    servicepayondeliveryorder: 'v3/payscore/acquiringbank/servicepayondeliveryorder';
  };
  'v3/payscore/acquiringbank/permissions': {
    authorizationCode: 'v3/payscore/acquiringbank/permissions/authorization-code';
  };
  'v3/payscore/acquiringbank/permissions/authorization-code': {
    _authorization_code_: 'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}';
    '{authorization_code}': 'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}';
  };
  'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}': {
    terminate: 'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate';
  };
  'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate': {};
  'v3/payscore/acquiringbank/serviceorder': {
    deduction: 'v3/payscore/acquiringbank/serviceorder/deduction';
    _out_order_no_: 'v3/payscore/acquiringbank/serviceorder/{out_order_no}';
    '{out_order_no}': 'v3/payscore/acquiringbank/serviceorder/{out_order_no}';
  };
  'v3/payscore/acquiringbank/serviceorder/deduction': {};
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}': {
    cancel: 'v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel';
    complete: 'v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete';
    modify: 'v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify';
    registerdeductinfo: 'v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo';
    sync: 'v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync';
  };
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel': {};
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete': {};
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify': {};
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo': {};
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync': {};
  'v3/payscore/acquiringbank/servicepayondeliveryorder': {};
  'v3/payscore/merchant-bill': {};
  'v3/payscore/oversea': {
    partner: 'v3/payscore/oversea/partner';
  };
  'v3/payscore/oversea/partner': {
    serviceorder: 'v3/payscore/oversea/partner/serviceorder';
  };
  'v3/payscore/oversea/partner/serviceorder': {
    _out_order_no_: 'v3/payscore/oversea/partner/serviceorder/{out_order_no}';
    '{out_order_no}': 'v3/payscore/oversea/partner/serviceorder/{out_order_no}';
  };
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}': {
    cancel: 'v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel';
    complete: 'v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete';
    sync: 'v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync';
  };
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel': {};
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete': {};
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync': {};
  'v3/payscore/partner': {
    permissions: 'v3/payscore/partner/permissions';
    serviceAccountApplications: 'v3/payscore/partner/service-account-applications';
    serviceorder: 'v3/payscore/partner/serviceorder';
    servicepayondeliveryorder: 'v3/payscore/partner/servicepayondeliveryorder';
    servicequotas: 'v3/payscore/partner/servicequotas';
  };
  'v3/payscore/partner/permissions': {
    applyForScene: 'v3/payscore/partner/permissions/apply-for-scene';
    assessUserRiskLevel: 'v3/payscore/partner/permissions/assess-user-risk-level';
    authorizationCode: 'v3/payscore/partner/permissions/authorization-code';
    search: 'v3/payscore/partner/permissions/search';
    terminate: 'v3/payscore/partner/permissions/terminate';
  };
  'v3/payscore/partner/permissions/apply-for-scene': {};
  'v3/payscore/partner/permissions/assess-user-risk-level': {};
  'v3/payscore/partner/permissions/authorization-code': {
    _authorization_code_: 'v3/payscore/partner/permissions/authorization-code/{authorization_code}';
    '{authorization_code}': 'v3/payscore/partner/permissions/authorization-code/{authorization_code}';
  };
  'v3/payscore/partner/permissions/authorization-code/{authorization_code}': {
    terminate: 'v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate';
  };
  'v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate': {};
  'v3/payscore/partner/permissions/search': {};
  'v3/payscore/partner/permissions/terminate': {};
  'v3/payscore/partner/service-account-applications': {
    _out_apply_no_: 'v3/payscore/partner/service-account-applications/{out_apply_no}';
    '{out_apply_no}': 'v3/payscore/partner/service-account-applications/{out_apply_no}';
  };
  'v3/payscore/partner/service-account-applications/{out_apply_no}': {};
  'v3/payscore/partner/serviceorder': {
    directComplete: 'v3/payscore/partner/serviceorder/direct-complete';
    _out_order_no_: 'v3/payscore/partner/serviceorder/{out_order_no}';
    '{out_order_no}': 'v3/payscore/partner/serviceorder/{out_order_no}';
  };
  'v3/payscore/partner/serviceorder/direct-complete': {};
  'v3/payscore/partner/serviceorder/{out_order_no}': {
    cancel: 'v3/payscore/partner/serviceorder/{out_order_no}/cancel';
    complete: 'v3/payscore/partner/serviceorder/{out_order_no}/complete';
    modify: 'v3/payscore/partner/serviceorder/{out_order_no}/modify';
    pay: 'v3/payscore/partner/serviceorder/{out_order_no}/pay';
    sendPendingmessage: 'v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage';
    sendPrepaidmessage: 'v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage';
    sync: 'v3/payscore/partner/serviceorder/{out_order_no}/sync';
  };
  'v3/payscore/partner/serviceorder/{out_order_no}/cancel': {};
  'v3/payscore/partner/serviceorder/{out_order_no}/complete': {};
  'v3/payscore/partner/serviceorder/{out_order_no}/modify': {};
  'v3/payscore/partner/serviceorder/{out_order_no}/pay': {};
  'v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage': {};
  'v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage': {};
  'v3/payscore/partner/serviceorder/{out_order_no}/sync': {};
  'v3/payscore/partner/servicepayondeliveryorder': {};
  'v3/payscore/partner/servicequotas': {
    serviceId: 'v3/payscore/partner/servicequotas/service-id';
  };
  'v3/payscore/partner/servicequotas/service-id': {
    _service_id_: 'v3/payscore/partner/servicequotas/service-id/{service_id}';
    '{service_id}': 'v3/payscore/partner/servicequotas/service-id/{service_id}';
  };
  'v3/payscore/partner/servicequotas/service-id/{service_id}': {};
  'v3/payscore/payafter-orders': {
    _out_order_no_: 'v3/payscore/payafter-orders/{out_order_no}';
    '{out_order_no}': 'v3/payscore/payafter-orders/{out_order_no}';
  };
  'v3/payscore/payafter-orders/{out_order_no}': {
    cancel: 'v3/payscore/payafter-orders/{out_order_no}/cancel';
    complete: 'v3/payscore/payafter-orders/{out_order_no}/complete';
    sync: 'v3/payscore/payafter-orders/{out_order_no}/sync';
  };
  'v3/payscore/payafter-orders/{out_order_no}/cancel': {};
  'v3/payscore/payafter-orders/{out_order_no}/complete': {};
  'v3/payscore/payafter-orders/{out_order_no}/sync': {};
  'v3/payscore/permissions': {
    assessUserRiskLevel: 'v3/payscore/permissions/assess-user-risk-level';
    authorizationCode: 'v3/payscore/permissions/authorization-code';
    openid: 'v3/payscore/permissions/openid';
  };
  'v3/payscore/permissions/assess-user-risk-level': {};
  'v3/payscore/permissions/authorization-code': {
    _authorization_code_: 'v3/payscore/permissions/authorization-code/{authorization_code}';
    '{authorization_code}': 'v3/payscore/permissions/authorization-code/{authorization_code}';
  };
  'v3/payscore/permissions/authorization-code/{authorization_code}': {
    terminate: 'v3/payscore/permissions/authorization-code/{authorization_code}/terminate';
  };
  'v3/payscore/permissions/authorization-code/{authorization_code}/terminate': {};
  'v3/payscore/permissions/openid': {
    _openid_: 'v3/payscore/permissions/openid/{openid}';
    '{openid}': 'v3/payscore/permissions/openid/{openid}';
  };
  'v3/payscore/permissions/openid/{openid}': {
    terminate: 'v3/payscore/permissions/openid/{openid}/terminate';
  };
  'v3/payscore/permissions/openid/{openid}/terminate': {};
  'v3/payscore/plan': {
    partner: 'v3/payscore/plan/partner';
    payscorePlans: 'v3/payscore/plan/payscore-plans';
  };
  'v3/payscore/plan/partner': {
    payscorePlans: 'v3/payscore/plan/partner/payscore-plans';
  };
  'v3/payscore/plan/partner/payscore-plans': {
    merchantPlanNo: 'v3/payscore/plan/partner/payscore-plans/merchant-plan-no';
  };
  'v3/payscore/plan/partner/payscore-plans/merchant-plan-no': {
    _merchant_plan_no_: 'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}';
    '{merchant_plan_no}': 'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}';
  };
  'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}': {
    stop: 'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop';
  };
  'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop': {};
  'v3/payscore/plan/payscore-plans': {
    merchantPlanNo: 'v3/payscore/plan/payscore-plans/merchant-plan-no';
  };
  'v3/payscore/plan/payscore-plans/merchant-plan-no': {
    _merchant_plan_no_: 'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}';
    '{merchant_plan_no}': 'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}';
  };
  'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}': {
    stop: 'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop';
  };
  'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop': {};
  'v3/payscore/serviceorder': {
    directComplete: 'v3/payscore/serviceorder/direct-complete';
    _out_order_no_: 'v3/payscore/serviceorder/{out_order_no}';
    '{out_order_no}': 'v3/payscore/serviceorder/{out_order_no}';
  };
  'v3/payscore/serviceorder/direct-complete': {};
  'v3/payscore/serviceorder/{out_order_no}': {
    cancel: 'v3/payscore/serviceorder/{out_order_no}/cancel';
    complete: 'v3/payscore/serviceorder/{out_order_no}/complete';
    modify: 'v3/payscore/serviceorder/{out_order_no}/modify';
    pay: 'v3/payscore/serviceorder/{out_order_no}/pay';
    sendPendingmessage: 'v3/payscore/serviceorder/{out_order_no}/send-pendingmessage';
    sendPrepaidmessage: 'v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage';
    sync: 'v3/payscore/serviceorder/{out_order_no}/sync';
  };
  'v3/payscore/serviceorder/{out_order_no}/cancel': {};
  'v3/payscore/serviceorder/{out_order_no}/complete': {};
  'v3/payscore/serviceorder/{out_order_no}/modify': {};
  'v3/payscore/serviceorder/{out_order_no}/pay': {};
  'v3/payscore/serviceorder/{out_order_no}/send-pendingmessage': {};
  'v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage': {};
  'v3/payscore/serviceorder/{out_order_no}/sync': {};
  'v3/payscore/servicepayondeliveryorder': {};
  'v3/payscore/sign-plan': {
    partner: 'v3/payscore/sign-plan/partner';
    serviceorder: 'v3/payscore/sign-plan/serviceorder';
    userSignPlans: 'v3/payscore/sign-plan/user-sign-plans';
  };
  'v3/payscore/sign-plan/partner': {
    serviceorder: 'v3/payscore/sign-plan/partner/serviceorder';
    userSignPlans: 'v3/payscore/sign-plan/partner/user-sign-plans';
  };
  'v3/payscore/sign-plan/partner/serviceorder': {};
  'v3/payscore/sign-plan/partner/user-sign-plans': {
    merchantSignPlanNo: 'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no';
  };
  'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no': {
    _merchant_sign_plan_no_: 'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}';
    '{merchant_sign_plan_no}': 'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}';
  };
  'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}': {
    stop: 'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop';
  };
  'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop': {};
  'v3/payscore/sign-plan/serviceorder': {};
  'v3/payscore/sign-plan/user-sign-plans': {
    merchantSignPlanNo: 'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no';
  };
  'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no': {
    _merchant_sign_plan_no_: 'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}';
    '{merchant_sign_plan_no}': 'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}';
  };
  'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}': {
    stop: 'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop';
  };
  'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop': {};
  'v3/payscore/smartretail-orders': {
    _out_order_no_: 'v3/payscore/smartretail-orders/{out_order_no}';
    '{out_order_no}': 'v3/payscore/smartretail-orders/{out_order_no}';
  };
  'v3/payscore/smartretail-orders/{out_order_no}': {
    cancel: 'v3/payscore/smartretail-orders/{out_order_no}/cancel';
    complete: 'v3/payscore/smartretail-orders/{out_order_no}/complete';
  };
  'v3/payscore/smartretail-orders/{out_order_no}/cancel': {};
  'v3/payscore/smartretail-orders/{out_order_no}/complete': {};
  'v3/payscore/user-service-state': {};
  'v3/payscore/users': {
    _openid_: 'v3/payscore/users/{openid}';
    '{openid}': 'v3/payscore/users/{openid}';
  };
  'v3/payscore/users/{openid}': {
    permissions: 'v3/payscore/users/{openid}/permissions';
  };
  'v3/payscore/users/{openid}/permissions': {
    _service_id_: 'v3/payscore/users/{openid}/permissions/{service_id}';
    '{service_id}': 'v3/payscore/users/{openid}/permissions/{service_id}';
  };
  'v3/payscore/users/{openid}/permissions/{service_id}': {
    terminate: 'v3/payscore/users/{openid}/permissions/{service_id}/terminate';
  };
  'v3/payscore/users/{openid}/permissions/{service_id}/terminate': {};
  'v3/platsolution': {
    ecommerce: 'v3/platsolution/ecommerce';
    insurance: 'v3/platsolution/insurance';
    mchTransfer: 'v3/platsolution/mch-transfer';
  };
  'v3/platsolution/ecommerce': {
    bankTransferRecharges: 'v3/platsolution/ecommerce/bank-transfer-recharges';
    insuranceCompensationContracts: 'v3/platsolution/ecommerce/insurance-compensation-contracts';
    mchTransfer: 'v3/platsolution/ecommerce/mch-transfer';
    rechargeEmployees: 'v3/platsolution/ecommerce/recharge-employees';
    recharges: 'v3/platsolution/ecommerce/recharges';
    settle: 'v3/platsolution/ecommerce/settle';
    withdraw: 'v3/platsolution/ecommerce/withdraw';
  };
  'v3/platsolution/ecommerce/bank-transfer-recharges': {
    apply: 'v3/platsolution/ecommerce/bank-transfer-recharges/apply';
    outRechargeNo: 'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no';
  };
  'v3/platsolution/ecommerce/bank-transfer-recharges/apply': {};
  'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no': {
    _out_recharge_no_: 'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}';
    '{out_recharge_no}': 'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}';
  };
  'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}': {};
  'v3/platsolution/ecommerce/insurance-compensation-contracts': {
    subMchid: 'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid';
  };
  'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid': {
    _sub_mchid_: 'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}';
  };
  'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}': {
    checkOpened: 'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened';
  };
  'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened': {};
  'v3/platsolution/ecommerce/mch-transfer': {
    compensateBills: 'v3/platsolution/ecommerce/mch-transfer/compensate-bills';
    depositAfterSalesCompensationBills: 'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills';
    depositInsurancePremiumsCompensationBills: 'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills';
    depositShippingCostCompensationBills: 'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills';
    insuranceClaimBills: 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills';
    subMchCompensationBills: 'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills';
    transferBills: 'v3/platsolution/ecommerce/mch-transfer/transfer-bills';
  };
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills': {
    billId: 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id';
    outBillNo: 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no';
    preTransfer: 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer';
  };
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id': {
    _bill_id_: 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}';
    '{bill_id}': 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}';
  };
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}': {};
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no': {
    _out_bill_no_: 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}';
  };
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}': {
    cancel: 'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel';
  };
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel': {};
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer': {};
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills': {
    billId: 'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id';
    outBillNo: 'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no';
  };
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id': {
    _bill_id_: 'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}';
    '{bill_id}': 'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}';
  };
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}': {};
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no': {
    _out_bill_no_: 'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}';
  };
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}': {};
  'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills': {
    _out_bill_no_: 'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}';
    '{out_bill_no}': 'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}';
  };
  'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}': {};
  'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills': {
    outBillNo: 'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no';
  };
  'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no': {
    _out_bill_no_: 'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}';
  };
  'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}': {};
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills': {
    billId: 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id';
    outBillNo: 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no';
    preTransfer: 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer';
  };
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id': {
    _bill_id_: 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}';
    '{bill_id}': 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}';
  };
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}': {};
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no': {
    _out_bill_no_: 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}';
  };
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}': {
    cancel: 'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel';
  };
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel': {};
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer': {};
  'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills': {
    _out_bill_no_: 'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}';
    '{out_bill_no}': 'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}';
  };
  'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}': {};
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills': {
    billId: 'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id';
    outBillNo: 'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no';
  };
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id': {
    _bill_id_: 'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}';
    '{bill_id}': 'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}';
  };
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}': {};
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no': {
    _out_bill_no_: 'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}';
    '{out_bill_no}': 'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}';
  };
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}': {};
  'v3/platsolution/ecommerce/recharge-employees': {
    subMchid: 'v3/platsolution/ecommerce/recharge-employees/sub-mchid';
  };
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid': {
    _sub_mchid_: 'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}';
  };
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}': {
    spOpenid: 'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid';
  };
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid': {
    _sp_openid_: 'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}';
    '{sp_openid}': 'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}';
  };
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}': {
    delete: 'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete';
  };
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete': {};
  'v3/platsolution/ecommerce/recharges': {
    apply: 'v3/platsolution/ecommerce/recharges/apply';
    outRechargeNo: 'v3/platsolution/ecommerce/recharges/out-recharge-no';
  };
  'v3/platsolution/ecommerce/recharges/apply': {};
  'v3/platsolution/ecommerce/recharges/out-recharge-no': {
    _out_recharge_no_: 'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}';
    '{out_recharge_no}': 'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}';
  };
  'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}': {
    close: 'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close';
  };
  'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close': {};
  'v3/platsolution/ecommerce/settle': {
    prepaySettleOrders: 'v3/platsolution/ecommerce/settle/prepay-settle-orders';
  };
  'v3/platsolution/ecommerce/settle/prepay-settle-orders': {
    _settle_batch_no_: 'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}';
    '{settle_batch_no}': 'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}';
  };
  'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}': {
    applyAbnormalSettle: 'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle';
  };
  'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle': {};
  'v3/platsolution/ecommerce/withdraw': {
    dayEndBalanceWithdraw: 'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw';
  };
  'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw': {
    outRequestNo: 'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no';
  };
  'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no': {
    _out_request_no_: 'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}';
    '{out_request_no}': 'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}';
  };
  'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}': {};
  'v3/platsolution/insurance': {
    mchTransfer: 'v3/platsolution/insurance/mch-transfer';
  };
  'v3/platsolution/insurance/mch-transfer': {
    batches: 'v3/platsolution/insurance/mch-transfer/batches';
    reservation: 'v3/platsolution/insurance/mch-transfer/reservation';
  };
  'v3/platsolution/insurance/mch-transfer/batches': {
    apply: 'v3/platsolution/insurance/mch-transfer/batches/apply';
    batchId: 'v3/platsolution/insurance/mch-transfer/batches/batch-id';
    detailReceipts: 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts';
    outBatchNo: 'v3/platsolution/insurance/mch-transfer/batches/out-batch-no';
    summaryReceipts: 'v3/platsolution/insurance/mch-transfer/batches/summary-receipts';
  };
  'v3/platsolution/insurance/mch-transfer/batches/apply': {};
  'v3/platsolution/insurance/mch-transfer/batches/batch-id': {
    _batch_id_: 'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}';
    '{batch_id}': 'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}';
  };
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}': {
    details: 'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details';
  };
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details': {
    detailId: 'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id';
  };
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id': {
    _detail_id_: 'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
    '{detail_id}': 'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
  };
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': {};
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts': {
    outBatchNo: 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no';
  };
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no': {
    _out_batch_no_: 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}';
  };
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}': {
    outDetailNo: 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no';
  };
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no': {
    _out_detail_no_: 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}';
    '{out_detail_no}': 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}';
  };
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}': {
    apply: 'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply';
  };
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply': {};
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no': {
    _out_batch_no_: 'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}';
  };
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}': {
    details: 'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details';
  };
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details': {
    outDetailNo: 'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no';
  };
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': {
    _out_detail_no_: 'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
    '{out_detail_no}': 'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
  };
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': {};
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts': {
    outBatchNo: 'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no';
  };
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no': {
    _out_batch_no_: 'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}';
  };
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}': {
    apply: 'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply';
  };
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply': {};
  'v3/platsolution/insurance/mch-transfer/reservation': {
    apply: 'v3/platsolution/insurance/mch-transfer/reservation/apply';
    outReservationNo: 'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no';
    reservationId: 'v3/platsolution/insurance/mch-transfer/reservation/reservation-id';
  };
  'v3/platsolution/insurance/mch-transfer/reservation/apply': {};
  'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no': {
    _out_reservation_no_: 'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}';
    '{out_reservation_no}': 'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}';
  };
  'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}': {
    close: 'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close';
  };
  'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close': {};
  'v3/platsolution/insurance/mch-transfer/reservation/reservation-id': {
    _reservation_id_: 'v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}';
    '{reservation_id}': 'v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}';
  };
  'v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}': {};
  'v3/platsolution/mch-transfer': {
    batches: 'v3/platsolution/mch-transfer/batches';
    reservation: 'v3/platsolution/mch-transfer/reservation';
  };
  'v3/platsolution/mch-transfer/batches': {
    apply: 'v3/platsolution/mch-transfer/batches/apply';
    batchId: 'v3/platsolution/mch-transfer/batches/batch-id';
    detailReceipts: 'v3/platsolution/mch-transfer/batches/detail-receipts';
    outBatchNo: 'v3/platsolution/mch-transfer/batches/out-batch-no';
    summaryReceipts: 'v3/platsolution/mch-transfer/batches/summary-receipts';
  };
  'v3/platsolution/mch-transfer/batches/apply': {};
  'v3/platsolution/mch-transfer/batches/batch-id': {
    _batch_id_: 'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}';
    '{batch_id}': 'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}';
  };
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}': {
    details: 'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details';
  };
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details': {
    detailId: 'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id';
  };
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id': {
    _detail_id_: 'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
    '{detail_id}': 'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
  };
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': {};
  'v3/platsolution/mch-transfer/batches/detail-receipts': {
    outBatchNo: 'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no';
  };
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no': {
    _out_batch_no_: 'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}';
  };
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}': {
    outDetailNo: 'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no';
  };
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no': {
    _out_detail_no_: 'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}';
    '{out_detail_no}': 'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}';
  };
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}': {
    apply: 'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply';
  };
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply': {};
  'v3/platsolution/mch-transfer/batches/out-batch-no': {
    _out_batch_no_: 'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}';
  };
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}': {
    details: 'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details';
  };
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details': {
    outDetailNo: 'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no';
  };
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': {
    _out_detail_no_: 'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
    '{out_detail_no}': 'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
  };
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': {};
  'v3/platsolution/mch-transfer/batches/summary-receipts': {
    outBatchNo: 'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no';
  };
  'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no': {
    _out_batch_no_: 'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}';
  };
  'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}': {
    apply: 'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply';
  };
  'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply': {};
  'v3/platsolution/mch-transfer/reservation': {
    apply: 'v3/platsolution/mch-transfer/reservation/apply';
    outReservationNo: 'v3/platsolution/mch-transfer/reservation/out-reservation-no';
    reservationId: 'v3/platsolution/mch-transfer/reservation/reservation-id';
  };
  'v3/platsolution/mch-transfer/reservation/apply': {};
  'v3/platsolution/mch-transfer/reservation/out-reservation-no': {
    _out_reservation_no_: 'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}';
    '{out_reservation_no}': 'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}';
  };
  'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}': {
    close: 'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close';
  };
  'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close': {};
  'v3/platsolution/mch-transfer/reservation/reservation-id': {
    _reservation_id_: 'v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}';
    '{reservation_id}': 'v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}';
  };
  'v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}': {};
  'v3/profitsharing': {
    bills: 'v3/profitsharing/bills';
    merchantConfigs: 'v3/profitsharing/merchant-configs';
    orders: 'v3/profitsharing/orders';
    receivers: 'v3/profitsharing/receivers';
    returnOrders: 'v3/profitsharing/return-orders';
    transactions: 'v3/profitsharing/transactions';
  };
  'v3/profitsharing/bills': {};
  'v3/profitsharing/merchant-configs': {
    _sub_mchid_: 'v3/profitsharing/merchant-configs/{sub_mchid}';
    '{sub_mchid}': 'v3/profitsharing/merchant-configs/{sub_mchid}';
  };
  'v3/profitsharing/merchant-configs/{sub_mchid}': {};
  'v3/profitsharing/orders': {
    unfreeze: 'v3/profitsharing/orders/unfreeze';
    _out_order_no_: 'v3/profitsharing/orders/{out_order_no}';
    '{out_order_no}': 'v3/profitsharing/orders/{out_order_no}';
  };
  'v3/profitsharing/orders/unfreeze': {};
  'v3/profitsharing/orders/{out_order_no}': {};
  'v3/profitsharing/receivers': {
    add: 'v3/profitsharing/receivers/add';
    delete: 'v3/profitsharing/receivers/delete';
  };
  'v3/profitsharing/receivers/add': {};
  'v3/profitsharing/receivers/delete': {};
  'v3/profitsharing/return-orders': {
    _out_return_no_: 'v3/profitsharing/return-orders/{out_return_no}';
    '{out_return_no}': 'v3/profitsharing/return-orders/{out_return_no}';
  };
  'v3/profitsharing/return-orders/{out_return_no}': {};
  'v3/profitsharing/transactions': {
    _transaction_id_: 'v3/profitsharing/transactions/{transaction_id}';
    '{transaction_id}': 'v3/profitsharing/transactions/{transaction_id}';
  };
  'v3/profitsharing/transactions/{transaction_id}': {
    amounts: 'v3/profitsharing/transactions/{transaction_id}/amounts';
  };
  'v3/profitsharing/transactions/{transaction_id}/amounts': {};
  'v3/qrcode': {
    transactions: 'v3/qrcode/transactions';
    userServices: 'v3/qrcode/user-services';
  };
  'v3/qrcode/transactions': {
    outTradeNo: 'v3/qrcode/transactions/out-trade-no';
  };
  'v3/qrcode/transactions/out-trade-no': {
    _out_trade_no_: 'v3/qrcode/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/qrcode/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/qrcode/transactions/out-trade-no/{out_trade_no}': {};
  'v3/qrcode/user-services': {
    contractId: 'v3/qrcode/user-services/contract-id';
  };
  'v3/qrcode/user-services/contract-id': {
    _contract_id_: 'v3/qrcode/user-services/contract-id/{contract_id}';
    '{contract_id}': 'v3/qrcode/user-services/contract-id/{contract_id}';
  };
  'v3/qrcode/user-services/contract-id/{contract_id}': {};
  'v3/rate-activity': {
    applications: 'v3/rate-activity/applications';
  };
  'v3/rate-activity/applications': {
    id: 'v3/rate-activity/applications/id';
  };
  'v3/rate-activity/applications/id': {
    _application_id_: 'v3/rate-activity/applications/id/{application_id}';
    '{application_id}': 'v3/rate-activity/applications/id/{application_id}';
  };
  'v3/rate-activity/applications/id/{application_id}': {};
  'v3/realname': {
    verify: 'v3/realname/verify';
  };
  'v3/realname/verify': {};
  'v3/recharge': {
    bankTransferRecharges: 'v3/recharge/bank-transfer-recharges';
  };
  'v3/recharge/bank-transfer-recharges': {
    apply: 'v3/recharge/bank-transfer-recharges/apply';
    outRechargeNo: 'v3/recharge/bank-transfer-recharges/out-recharge-no';
  };
  'v3/recharge/bank-transfer-recharges/apply': {};
  'v3/recharge/bank-transfer-recharges/out-recharge-no': {
    _out_recharge_no_: 'v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}';
    '{out_recharge_no}': 'v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}';
  };
  'v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}': {};
  'v3/refund': {
    domestic: 'v3/refund/domestic';
  };
  'v3/refund/domestic': {
    refunds: 'v3/refund/domestic/refunds';
  };
  'v3/refund/domestic/refunds': {
    _out_refund_no_: 'v3/refund/domestic/refunds/{out_refund_no}';
    '{out_refund_no}': 'v3/refund/domestic/refunds/{out_refund_no}';
    _refund_id_: 'v3/refund/domestic/refunds/{refund_id}';
    '{refund_id}': 'v3/refund/domestic/refunds/{refund_id}';
  };
  'v3/refund/domestic/refunds/{out_refund_no}': {};
  'v3/refund/domestic/refunds/{refund_id}': {
    applyAbnormalRefund: 'v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund';
  };
  'v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund': {};
  'v3/repayment': {
    combineTransactions: 'v3/repayment/combine-transactions';
  };
  'v3/repayment/combine-transactions': {
    partner: 'v3/repayment/combine-transactions/partner';
  };
  'v3/repayment/combine-transactions/partner': {
    outTradeNo: 'v3/repayment/combine-transactions/partner/out-trade-no';
    prepay: 'v3/repayment/combine-transactions/partner/prepay';
  };
  'v3/repayment/combine-transactions/partner/out-trade-no': {
    _combine_out_trade_no_: 'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}';
    '{combine_out_trade_no}': 'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}';
  };
  'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}': {
    close: 'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close';
  };
  'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close': {};
  'v3/repayment/combine-transactions/partner/prepay': {};
  'v3/security': {
    echo: 'v3/security/echo';
  };
  'v3/security/echo': {};
  'v3/smartguide': {
    guides: 'v3/smartguide/guides';
  };
  'v3/smartguide/guides': {
    _guide_id_: 'v3/smartguide/guides/{guide_id}';
    '{guide_id}': 'v3/smartguide/guides/{guide_id}';
  };
  'v3/smartguide/guides/{guide_id}': {
    assign: 'v3/smartguide/guides/{guide_id}/assign';
  };
  'v3/smartguide/guides/{guide_id}/assign': {};
  'v3/taxi-invoice': {
    attendance: 'v3/taxi-invoice/attendance';
    cards: 'v3/taxi-invoice/cards';
    driver: 'v3/taxi-invoice/driver';
    drivers: 'v3/taxi-invoice/drivers';
    taxi: 'v3/taxi-invoice/taxi';
    taxiCompanies: 'v3/taxi-invoice/taxi-companies';
    taxiCompany: 'v3/taxi-invoice/taxi-company';
    taxies: 'v3/taxi-invoice/taxies';
    userTaxiOrder: 'v3/taxi-invoice/user-taxi-order';
    userTaxiOrders: 'v3/taxi-invoice/user-taxi-orders';
  };
  'v3/taxi-invoice/attendance': {
    punch: 'v3/taxi-invoice/attendance/punch';
  };
  'v3/taxi-invoice/attendance/punch': {};
  'v3/taxi-invoice/cards': {
    uploadFile: 'v3/taxi-invoice/cards/upload-file';
  };
  'v3/taxi-invoice/cards/upload-file': {};
  'v3/taxi-invoice/driver': {
    updateDriver: 'v3/taxi-invoice/driver/update-driver';
  };
  'v3/taxi-invoice/driver/update-driver': {};
  'v3/taxi-invoice/drivers': {
    _driver_license_: 'v3/taxi-invoice/drivers/{driver_license}';
    '{driver_license}': 'v3/taxi-invoice/drivers/{driver_license}';
  };
  'v3/taxi-invoice/drivers/{driver_license}': {};
  'v3/taxi-invoice/taxi': {
    updateTaxi: 'v3/taxi-invoice/taxi/update-taxi';
  };
  'v3/taxi-invoice/taxi-companies': {
    _company_mchid_: 'v3/taxi-invoice/taxi-companies/{company_mchid}';
    '{company_mchid}': 'v3/taxi-invoice/taxi-companies/{company_mchid}';
  };
  'v3/taxi-invoice/taxi-companies/{company_mchid}': {};
  'v3/taxi-invoice/taxi-company': {
    createTaxiCompany: 'v3/taxi-invoice/taxi-company/create-taxi-company';
  };
  'v3/taxi-invoice/taxi-company/create-taxi-company': {};
  'v3/taxi-invoice/taxi/update-taxi': {};
  'v3/taxi-invoice/taxies': {
    _plate_number_: 'v3/taxi-invoice/taxies/{plate_number}';
    '{plate_number}': 'v3/taxi-invoice/taxies/{plate_number}';
  };
  'v3/taxi-invoice/taxies/{plate_number}': {};
  'v3/taxi-invoice/user-taxi-order': {
    findByToken: 'v3/taxi-invoice/user-taxi-order/find-by-token';
  };
  'v3/taxi-invoice/user-taxi-order/find-by-token': {};
  'v3/taxi-invoice/user-taxi-orders': {};
  'v3/transaction-block': {
    transactionBlockRecords: 'v3/transaction-block/transaction-block-records';
    transactionBlockSubmissions: 'v3/transaction-block/transaction-block-submissions';
  };
  'v3/transaction-block/transaction-block-records': {
    subMchid: 'v3/transaction-block/transaction-block-records/sub-mchid';
    _block_record_id_: 'v3/transaction-block/transaction-block-records/{block_record_id}';
    '{block_record_id}': 'v3/transaction-block/transaction-block-records/{block_record_id}';
  };
  'v3/transaction-block/transaction-block-records/sub-mchid': {
    _sub_mchid_: 'v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}';
  };
  'v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}': {};
  'v3/transaction-block/transaction-block-records/{block_record_id}': {};
  'v3/transaction-block/transaction-block-submissions': {
    subMchid: 'v3/transaction-block/transaction-block-submissions/sub-mchid';
    _block_submission_id_: 'v3/transaction-block/transaction-block-submissions/{block_submission_id}';
    '{block_submission_id}': 'v3/transaction-block/transaction-block-submissions/{block_submission_id}';
  };
  'v3/transaction-block/transaction-block-submissions/sub-mchid': {
    _sub_mchid_: 'v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}';
    '{sub_mchid}': 'v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}';
  };
  'v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}': {};
  'v3/transaction-block/transaction-block-submissions/{block_submission_id}': {};
  'v3/transfer': {
    batches: 'v3/transfer/batches';
    billReceipt: 'v3/transfer/bill-receipt';
  };
  'v3/transfer-detail': {
    electronicReceipts: 'v3/transfer-detail/electronic-receipts';
  };
  'v3/transfer-detail/electronic-receipts': {};
  'v3/transfer/batches': {
    batchId: 'v3/transfer/batches/batch-id';
    outBatchNo: 'v3/transfer/batches/out-batch-no';
  };
  'v3/transfer/batches/batch-id': {
    _batch_id_: 'v3/transfer/batches/batch-id/{batch_id}';
    '{batch_id}': 'v3/transfer/batches/batch-id/{batch_id}';
  };
  'v3/transfer/batches/batch-id/{batch_id}': {
    details: 'v3/transfer/batches/batch-id/{batch_id}/details';
  };
  'v3/transfer/batches/batch-id/{batch_id}/details': {
    detailId: 'v3/transfer/batches/batch-id/{batch_id}/details/detail-id';
  };
  'v3/transfer/batches/batch-id/{batch_id}/details/detail-id': {
    _detail_id_: 'v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
    '{detail_id}': 'v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}';
  };
  'v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': {};
  'v3/transfer/batches/out-batch-no': {
    _out_batch_no_: 'v3/transfer/batches/out-batch-no/{out_batch_no}';
    '{out_batch_no}': 'v3/transfer/batches/out-batch-no/{out_batch_no}';
  };
  'v3/transfer/batches/out-batch-no/{out_batch_no}': {
    details: 'v3/transfer/batches/out-batch-no/{out_batch_no}/details';
  };
  'v3/transfer/batches/out-batch-no/{out_batch_no}/details': {
    outDetailNo: 'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no';
  };
  'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': {
    _out_detail_no_: 'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
    '{out_detail_no}': 'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}';
  };
  'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': {};
  'v3/transfer/bill-receipt': {
    _out_batch_no_: 'v3/transfer/bill-receipt/{out_batch_no}';
    '{out_batch_no}': 'v3/transfer/bill-receipt/{out_batch_no}';
  };
  'v3/transfer/bill-receipt/{out_batch_no}': {};
  'v3/transferdownload': {
    elecvoucherfile: 'v3/transferdownload/elecvoucherfile';
    signfile: 'v3/transferdownload/signfile';
  };
  'v3/transferdownload/elecvoucherfile': {};
  'v3/transferdownload/signfile': {};
  'v3/vehicle': {
    etc: 'v3/vehicle/etc';
    parking: 'v3/vehicle/parking';
    transactions: 'v3/vehicle/transactions';
  };
  'v3/vehicle/etc': {
    contracts: 'v3/vehicle/etc/contracts';
    preopen: 'v3/vehicle/etc/preopen';
    transactions: 'v3/vehicle/etc/transactions';
    users: 'v3/vehicle/etc/users';
  };
  'v3/vehicle/etc/contracts': {
    _contract_id_: 'v3/vehicle/etc/contracts/{contract_id}';
    '{contract_id}': 'v3/vehicle/etc/contracts/{contract_id}';
  };
  'v3/vehicle/etc/contracts/{contract_id}': {};
  'v3/vehicle/etc/preopen': {};
  'v3/vehicle/etc/transactions': {
    highway: 'v3/vehicle/etc/transactions/highway';
    id: 'v3/vehicle/etc/transactions/id';
    outTradeNo: 'v3/vehicle/etc/transactions/out-trade-no';
  };
  'v3/vehicle/etc/transactions/highway': {};
  'v3/vehicle/etc/transactions/id': {
    _transaction_id_: 'v3/vehicle/etc/transactions/id/{transaction_id}';
    '{transaction_id}': 'v3/vehicle/etc/transactions/id/{transaction_id}';
  };
  'v3/vehicle/etc/transactions/id/{transaction_id}': {};
  'v3/vehicle/etc/transactions/out-trade-no': {
    _out_trade_no_: 'v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}': {};
  'v3/vehicle/etc/users': {
    _openid_: 'v3/vehicle/etc/users/{openid}';
    '{openid}': 'v3/vehicle/etc/users/{openid}';
  };
  'v3/vehicle/etc/users/{openid}': {
    contracts: 'v3/vehicle/etc/users/{openid}/contracts';
  };
  'v3/vehicle/etc/users/{openid}/contracts': {};
  'v3/vehicle/parking': {
    parkings: 'v3/vehicle/parking/parkings';
    services: 'v3/vehicle/parking/services';
  };
  'v3/vehicle/parking/parkings': {};
  'v3/vehicle/parking/services': {
    find: 'v3/vehicle/parking/services/find';
  };
  'v3/vehicle/parking/services/find': {};
  'v3/vehicle/transactions': {
    outTradeNo: 'v3/vehicle/transactions/out-trade-no';
    parking: 'v3/vehicle/transactions/parking';
  };
  'v3/vehicle/transactions/out-trade-no': {
    _out_trade_no_: 'v3/vehicle/transactions/out-trade-no/{out_trade_no}';
    '{out_trade_no}': 'v3/vehicle/transactions/out-trade-no/{out_trade_no}';
  };
  'v3/vehicle/transactions/out-trade-no/{out_trade_no}': {};
  'v3/vehicle/transactions/parking': {};
  'v3/webizpay': {
    availMchRanges: 'v3/webizpay/avail-mch-ranges';
    bill: 'v3/webizpay/bill';
    employees: 'v3/webizpay/employees';
    stores: 'v3/webizpay/stores';
    users: 'v3/webizpay/users';
  };
  'v3/webizpay/avail-mch-ranges': {
    _range_id_: 'v3/webizpay/avail-mch-ranges/{range_id}';
    '{range_id}': 'v3/webizpay/avail-mch-ranges/{range_id}';
  };
  'v3/webizpay/avail-mch-ranges/{range_id}': {
    merchantIdentifiers: 'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers';
  };
  'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers': {
    _merchant_identifier_: 'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}';
    '{merchant_identifier}': 'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}';
  };
  'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}': {};
  'v3/webizpay/bill': {
    proof: 'v3/webizpay/bill/proof';
    tradeBill: 'v3/webizpay/bill/trade-bill';
  };
  'v3/webizpay/bill/proof': {};
  'v3/webizpay/bill/trade-bill': {};
  'v3/webizpay/employees': {
    _employee_id_: 'v3/webizpay/employees/{employee_id}';
    '{employee_id}': 'v3/webizpay/employees/{employee_id}';
  };
  'v3/webizpay/employees/{employee_id}': {
    outQuotaCards: 'v3/webizpay/employees/{employee_id}/out-quota-cards';
    quotaCards: 'v3/webizpay/employees/{employee_id}/quota-cards';
    revoke: 'v3/webizpay/employees/{employee_id}/revoke';
  };
  'v3/webizpay/employees/{employee_id}/out-quota-cards': {
    _out_card_no_: 'v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}';
    '{out_card_no}': 'v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}';
  };
  'v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}': {};
  'v3/webizpay/employees/{employee_id}/quota-cards': {
    _card_no_: 'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}';
    '{card_no}': 'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}';
  };
  'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}': {
    cancel: 'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel';
    paymentUrl: 'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url';
  };
  'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel': {};
  'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url': {};
  'v3/webizpay/employees/{employee_id}/revoke': {};
  'v3/webizpay/stores': {
    entityMatches: 'v3/webizpay/stores/entity-matches';
  };
  'v3/webizpay/stores/entity-matches': {
    _batch_id_: 'v3/webizpay/stores/entity-matches/{batch_id}';
    '{batch_id}': 'v3/webizpay/stores/entity-matches/{batch_id}';
  };
  'v3/webizpay/stores/entity-matches/{batch_id}': {};
  'v3/webizpay/users': {
    _user_id_: 'v3/webizpay/users/{user_id}';
    '{user_id}': 'v3/webizpay/users/{user_id}';
  };
  'v3/webizpay/users/{user_id}': {
    authorizationState: 'v3/webizpay/users/{user_id}/authorization-state';
    authorizationUrl: 'v3/webizpay/users/{user_id}/authorization-url';
  };
  'v3/webizpay/users/{user_id}/authorization-state': {};
  'v3/webizpay/users/{user_id}/authorization-url': {};
}
