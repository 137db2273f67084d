// generated — do not edit; run npm run generate
import type { BinaryBody, Op } from './bodies';
import type {
  Currency,
  Email,
  Email2,
  Fee,
  Mcc,
  Mcc2,
  Price,
  Price11,
  Price12,
  Price4,
  Price8,
  Rate,
  Rate6,
  SpMchid,
  SubMchid,
} from './definitions';

/** Hong Kong APIv3 operations: sent as `/hk/v3/…` to the configured host. */
export interface HkPaths {
  'hk/v3/certificates': {
    /**
     * 获取平台证书列表
     *
     * 获取商户当前可用的平台证书列表。微信支付提供该接口，帮助商户后台系统实现平台证书的平滑更换。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_7.shtml
     */
    get: Op<
      {},
      {
        data: Array<{
          serial_no?: string;
          /** @format rfc3339 */
          effective_time?: string;
          /** @format rfc3339 */
          expire_time?: string;
          encrypt_certificate?: {
            algorithm?: string;
            nonce?: string;
            associated_data?: string;
            ciphertext?: string;
          };
        }>;
      }
    >;
  };
  'hk/v3/merchants': {
    /**
     * 子商户进件（融合钱包）
     *
     * 机构提交子商户资料，微信支付系统会为每个子商户创建子商户号。
     *
     * Roles: 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_1.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: {
          /** 机构appid */
          sp_appid: string;
          /** 机构商户号 */
          sp_mchid: string;
          /** 子商户全称 */
          name: string;
          /** 子商户简称 */
          shortname: string;
          /** 公司电话 */
          office_phone: string;
          /** 联系人信息 */
          contact: Email;
          /** 类目 */
          business_category: number;
          /** 渠道号 */
          channel_id?: string;
          /** 注册国家或区域 */
          merchant_country_code: string;
          /** 商户类型 */
          merchant_type: 'ENTERPRISE' | 'INDIVIDUAL';
          /** 公司注册文件编号 */
          registration_certificate_number?: string;
          /** 公司注册文件过期时间 */
          registration_certificate_date?: string;
          /** 公司注册文件照片 */
          registration_certificate_copy?: string;
          /** 子商户银行结算账户信息 */
          settlement_bank_number?: string;
          /** 业务信息 */
          business: Mcc;
          /** 董事信息 */
          director?: {
            /** 董事姓名 */
            name?: string;
            /** 董事证件号 */
            number?: string;
          };
          /** 负责人信息 */
          principal?: {
            /** 负责人姓名 */
            name?: string;
            /** 负责人证件号 */
            number?: string;
          };
        };
        /** Request headers. */
        headers?: {
          /** 由商户侧生成的唯一key，用来标识多次重试是否为同一请求 */
          'Idempotency-Key'?: string;
          /**
           * 微信支付公钥ID/平台证书序列号
           * Filled in by the client (the preferred platform key) when left out.
           */
          'Wechatpay-Serial'?: string;
        };
      },
      {
        /** 子商户号 */
        sub_mchid: string;
        /** 验证状态 */
        verification_status?: 'Under Review' | 'Approved';
        /** 验证状态描述 */
        description?: string;
      }
    >;
    /**
     * 修改子商户（融合钱包）
     *
     * 用于机构子商户创建成功后，接口提供子商户信息修改
     *
     * Roles: 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_3.shtml
     */
    put: Op<
      {
        /** The JSON body. */
        json: {
          /** 机构appid */
          sp_appid: string;
          /** 机构商户号 */
          sp_mchid: string;
          /** 子商户号 */
          sub_mchid: string;
          /** 子商户全称 */
          name: string;
          /** 子商户简称 */
          shortname: string;
          /** 公司电话 */
          office_phone: string;
          /** 联系人信息 */
          contact?: Email;
          /** 类目 */
          business_category: number;
          /** 渠道号 */
          channel_id?: string;
          /** 注册国家或区域 */
          merchant_country_code: string;
          /** 商户类型 */
          merchant_type: 'ENTERPRISE' | 'INDIVIDUAL';
          /** 公司注册文件编号 */
          registration_certificate_number?: string;
          /** 公司注册文件过期时间 */
          registration_certificate_date?: string;
          /** 公司注册文件照片 */
          registration_certificate_copy?: string;
          /** 子商户银行结算账户信息 */
          settlement_bank_number?: string;
          /** 业务信息 */
          business: Mcc;
          /** 董事信息 */
          director?: {
            /** 董事姓名 */
            name?: string;
            /** 董事证件号 */
            number?: string;
          };
          /** 负责人信息 */
          principal?: {
            /** 负责人姓名 */
            name?: string;
            /** 负责人证件号 */
            number?: string;
          };
        };
        /** Request headers. */
        headers?: {
          /**
           * 微信支付公钥ID/平台证书序列号
           * Filled in by the client (the preferred platform key) when left out.
           */
          'Wechatpay-Serial'?: string;
        };
      },
      {
        /** 子商户号 */
        sub_mchid: string;
      }
    >;
  };
  'hk/v3/merchants/{sub_mchid}': {
    /**
     * 查询子商户（融合钱包）
     *
     * 用于机构查询子商户创建是否成功，接口只提供单个子商户信息查询。
     *
     * Roles: 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_2.shtml
     */
    get: Op<
      {
        /**
         * 子商户号
         * Path variable.
         */
        sub_mchid: string;
        /** Query parameters. */
        query: {
          /** 机构appid */
          sp_appid: string;
          /** 机构商户号 */
          sp_mchid: string;
        };
      },
      {
        /** 子商户号 */
        sub_mchid: string;
        /** 子商户全称 */
        name: string;
        /** 子商户简称 */
        shortname: string;
        /** 公司联系方式 */
        office_phone: string;
        /** 册国家或区域 */
        merchant_country_code: string;
        /** 类目 */
        business_category: number;
        /** 联系人信息 */
        contact?: Email2;
        /** 商户类型 */
        merchant_type?: 'ENTERPRISE' | 'INDIVIDUAL';
        /** 公司注册文件编号 */
        registration_certificate_number?: string;
        /** 公司注册文件过期时间 */
        registration_certificate_date?: string;
        /** 子商户结算账户 */
        settlement_bank_number?: string;
        /** 业务信息 */
        business?: Mcc2;
        /** 董事信息 */
        director?: {
          /** 董事姓名 */
          name?: string;
          /** 董事证件号码 */
          number?: string;
        };
        /** 负责人信息 */
        principal?: {
          /** 负责人姓名 */
          name?: string;
          /** 负责人证件号码 */
          number?: string;
        };
      }
    >;
  };
  'hk/v3/refunds': {
    /**
     * 查询所有退款
     *
     * 提交退款申请后，通过调用该接口查询退款状态。退款有一定延时，用零钱支付的退款20分钟内到账，银行卡支付的退款3个工作日后重新查询退款状态。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_4.shtml
     */
    get: Op<
      {
        /** Query parameters. */
        query: {
          /** 微信支付订单号 */
          transaction_id?: string;
          /** 商户订单号 */
          out_trade_no?: string;
          /**
           * 商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 直连模式 (required there).
           */
          mchid?: string;
          /**
           * 子商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sub_mchid?: string;
          /**
           * 机构商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sp_mchid?: string;
          /** 记录起始位置 */
          offset: number;
          /** 每页笔数 */
          count: number;
        } & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });
      },
      {
        /** 微信支付交易订单号 */
        id: string;
        /** 商户号 */
        mchid: string;
        /** 子商户号 */
        sub_mchid: string;
        /** 机构商户号 */
        sp_mchid: string;
        /** 商户原交易订单号 */
        out_trade_no: string;
        /** 订单金额 */
        amount: {
          /** 订单金额 */
          total: number;
          /** 货币类型 */
          currency?: string;
          /** 用户支付金额 */
          payer_total: number;
          /** 支付币种 */
          payer_currency: string;
        };
        /** 退款单列表 */
        data: Array<{
          /** 微信退款单号 */
          id: string;
          /** 商户退款单号 */
          out_refund_no: string;
          /** 退款渠道 */
          channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD';
          /** 退款入账账户 */
          recv_account?: string;
          /** 退款资金来源 */
          fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS';
          /** 退款成功时间 */
          success_time?: string;
          /** 退款创建时间 */
          create_time: string;
          /** 退款状态 */
          status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL';
          /** 退款金额 */
          amount: Rate6;
          /** 优惠退款详情 */
          refund_detail?: Currency;
        }>;
        /** 订单总退款次数 */
        total_num: number;
        /** 本次返回退款单数 */
        current_total_num: number;
      }
    >;
    /**
     * 申请退款
     *
     * 当交易发生之后一段时间内，由于买家或者卖家的原因需要退款时，卖家可以通过退款接口将支付款退还给买家，微信支付将在收到退款请求并且验证成功之后，按照退款规则将支付款按原路退到买家账号上。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_2.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: {
          /**
           * 商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
           */
          mchid?: string;
          /**
           * APPID
           * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
           */
          appid?: string;
          /**
           * 机构商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
           */
          sp_mchid?: string;
          /**
           * 子商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
           */
          sub_mchid?: string;
          /**
           * 机构APPID
           * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
           */
          sp_appid?: string;
          /**
           * 子商户APPID
           * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式.
           */
          sub_appid?: string;
          /** 微信订单号 */
          transaction_id?: string;
          /** 商户订单号 */
          out_trade_no?: string;
          /** 商户退款单号 */
          out_refund_no: string;
          /** 退款原因 */
          reason?: string;
          /** 订单金额 */
          amount: {
            /** 退款金额 */
            refund: number;
            /** 原订单金额 */
            total: number;
            /** 退款币种 */
            currency: string;
          };
          /** 退款通知地址 */
          notify_url?: string;
        } & ({ mchid: string; appid: string; sp_mchid?: never; sub_mchid?: never; sp_appid?: never; sub_appid?: never } | { sp_mchid: string; sub_mchid: string; sp_appid: string; mchid?: never; appid?: never });
      },
      {
        /** 微信支付退款订单号 */
        id: string;
        /** 商户退款单号 */
        out_refund_no: string;
        /** 退款创建时间 */
        create_time: string;
        /** 退款金额 */
        amount: {
          /** 退款金额 */
          refund: number;
          /** 退款币种 */
          currency: string;
          /** 用户退款金额 */
          payer_refund: number;
          /** 支付币种 */
          payer_currency: string;
          /** 汇率 */
          exchange_rate: {
            /** 汇率类型 */
            type?: 'SETTLEMENT_RATE';
            /** 汇率值 */
            rate?: number;
          };
        };
        /** 优惠退款详情 */
        detail?: Currency;
      }
    >;
  };
  'hk/v3/refunds/id/{refund_id}': {
    /**
     * 查询单笔退款(微信支付退款订单号)
     *
     * 提交退款申请后，通过调用该接口查询退款状态。退款有一定延时，用零钱支付的退款20分钟内到账，银行卡支付的退款3个工作日后重新查询退款状态。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml
     */
    get: Op<
      {
        /**
         * 微信支付退款订单号
         * Path variable.
         */
        refund_id: string;
        /** Query parameters. */
        query: {
          /**
           * 商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 直连模式 (required there).
           */
          mchid?: string;
          /**
           * 子商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sub_mchid?: string;
          /**
           * 机构商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sp_mchid?: string;
        } & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });
      },
      {
        /** 微信支付退款订单号 */
        id: string;
        /** 商户退款单号 */
        out_refund_no: string;
        /** 微信支付交易订单号 */
        transaction_id: string;
        /** 商户原交易订单号 */
        out_trade_no: string;
        /** 退款渠道 */
        channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD';
        /** 退款入账账户 */
        recv_account?: string;
        /** 退款资金来源 */
        fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS';
        /** 退款成功时间 */
        success_time?: string;
        /** 退款创建时间 */
        create_time: string;
        /** 退款状态 */
        status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL';
        /** 退款金额 */
        amount: Rate6;
        /** 优惠退款详情 */
        detail?: Currency;
      }
    >;
  };
  'hk/v3/refunds/out-refund-no/{out_refund_no}': {
    /**
     * 查询单笔退款(商户退款订单号)
     *
     * 提交退款申请后，通过调用该接口查询退款状态。退款有一定延时，用零钱支付的退款20分钟内到账，银行卡支付的退款3个工作日后重新查询退款状态。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml
     */
    get: Op<
      {
        /**
         * 商户退款订单号
         * Path variable.
         */
        out_refund_no: string;
        /** Query parameters. */
        query: {
          /**
           * 商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 直连模式 (required there).
           */
          mchid?: string;
          /**
           * 子商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sub_mchid?: string;
          /**
           * 机构商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sp_mchid?: string;
        } & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });
      },
      {
        /** 微信支付退款订单号 */
        id: string;
        /** 商户退款单号 */
        out_refund_no: string;
        /** 微信支付交易订单号 */
        transaction_id: string;
        /** 商户原交易订单号 */
        out_trade_no: string;
        /** 退款渠道 */
        channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD';
        /** 退款入账账户 */
        recv_account?: string;
        /** 退款资金来源 */
        fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS';
        /** 退款成功时间 */
        success_time?: string;
        /** 退款创建时间 */
        create_time: string;
        /**
         * 退款状态
         *
         * - `SUCCESS`: 退款成功
         * - `REFUNDCLOSE`: 退款关闭
         * - `PROCESSING`: 退款处理中
         * - `ABNORMAL`: 退款异常
         */
        status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL';
        /** 退款金额 */
        amount: Rate6;
        /** 优惠退款详情 */
        detail?: Currency;
      }
    >;
  };
  'hk/v3/settle/settlements': {
    /**
     * 查询结算资金明细API
     *
     * 商户在交易完结之后，可按结算日期查询已结算资金明细（sette_state为SETTLED），也可以查询未结算资金明细（sette_state为UNSETTLE）。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_10.shtml
     */
    get: Op<
      {
        /** Query parameters. */
        query: {
          /** 子商户号 */
          sub_mchid?: string;
          /** 结算状态 */
          settle_state: 'SETTLED' | 'UNSETTLE';
          /** 结算开始日期 */
          settle_start_date?: string;
          /** 结算结束日期 */
          settle_end_date?: string;
          /** 最大记录条数 */
          limit: number;
          /** 记录起始位置 */
          offset: number;
        };
      },
      {
        /** 结算信息列表 */
        data?: Array<{
          /** 付款批次号 */
          batch_id: string;
          /** 结算日期 */
          settlement_date: string;
          /** 交易开始日期 */
          trade_start_date: string;
          /** 交易结束日期 */
          trade_end_date: string;
          /** 金额 */
          amount: Fee;
          /** 钱包主体 */
          wallet_region?: 'CHINA_MAINLAND' | 'CHINA_HONGKONG';
        }>;
        /** 总记录条数 */
        total_count: number;
        /** 记录起始位置 */
        offset: number;
        /** 本次返回条数 */
        limit: number;
      }
    >;
  };
  'hk/v3/statements': {
    /**
     * 下载对账单
     *
     * 商户可以通过该接口下载历史交易清单。比如掉单、系统错误等导致商户侧和微信侧数据不一致，通过对账单核对后可校正支付状态。
     *
     * Roles: 直连模式, 机构模式.
     * Answers a file: `data` holds the bytes.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_5.shtml
     */
    get: Op<
      {
        /** Query parameters. */
        query: {
          /** 账单日期 */
          date: string;
          /** 商户号 */
          mchid?: string;
        };
        /** Request headers. */
        headers?: {
          /** 账单压缩：如需对账单进行压缩，设置HTTP请求头值为gzip */
          'Accept-Encoding'?: string;
        };
      },
      BinaryBody
    >;
  };
  'hk/v3/transactions/app': {
    /**
     * APP支付下单
     *
     * 通过本接口提交微信支付APP支付订单
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/In-AppPay/chapter6_3.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: Price8;
      },
      {
        /** 预支付交易会话标识 */
        prepay_id: string;
      }
    >;
  };
  'hk/v3/transactions/id/{transaction_id}': {
    /**
     * 查询订单(微信支付订单号)
     *
     * 该接口提供所有微信支付订单的查询，商户可以通过查询订单接口主动查询订单状态，完成下一步的业务逻辑。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml
     */
    get: Op<
      {
        /**
         * 微信支付订单号
         * Path variable.
         */
        transaction_id: string;
        /** Query parameters. */
        query: {
          /**
           * 商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 直连模式 (required there).
           */
          mchid?: string;
          /**
           * 子商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sub_mchid?: string;
          /**
           * 机构商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sp_mchid?: string;
        } & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });
      },
      Price12
    >;
  };
  'hk/v3/transactions/id/{transaction_id}/close': {
    /**
     * 关闭订单(微信支付订单号)
     *
     * 以下情况需要调用关单接口：商户订单支付失败需要生成新单号重新发起支付，要对原订单号调用关单，避免重复支付；系统下单后，用户支付超时，系统退出不再受理，避免用户继续，请调用关单接口。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml
     */
    post: Op<
      {
        /**
         * 微信支付订单号
         * Path variable.
         */
        transaction_id: string;
        /** The JSON body. */
        json: SpMchid;
      },
      void
    >;
  };
  'hk/v3/transactions/id/{transaction_id}/reverse': {
    /**
     * 撤销订单(微信支付订单号)
     *
     * 支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，微信支付系统会将此订单关闭；如果用户支付成功，微信支付系统会将此订单资金退还给用户。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml
     */
    post: Op<
      {
        /**
         * 微信订单号
         * Path variable.
         */
        transaction_id: string;
        /** The JSON body. */
        json: SubMchid;
      },
      void
    >;
  };
  'hk/v3/transactions/jsapi': {
    /**
     * 小程序/公众号支付下单
     *
     * 通过本接口提交微信支付小程序/公众号支付订单
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/MiniProgramPay/chapter7_3.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: Price8;
      },
      {
        /** 预支付交易会话标识 */
        prepay_id: string;
      }
    >;
  };
  'hk/v3/transactions/micropay': {
    /**
     * 提交付款码支付
     *
     * 通过本接口提交微信支付付款码支付订单。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_3.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: Price;
      },
      {
        /** 微信支付订单号 */
        id: string;
        /** 商户号 */
        mchid: string;
        /** APPID */
        appid: string;
        /** 子商户号 */
        sub_mchid: string;
        /** 机构商户号 */
        sp_mchid: string;
        /** 机构APPID */
        sp_appid: string;
        /** 子商户APPID */
        sub_appid?: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 交易类型 */
        trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY';
        /**
         * 交易状态
         *
         * - `SUCCESS`: 支付成功
         * - `REFUND`: 转入退款
         * - `NOTPAY`: 未支付
         * - `CLOSED`: 已关闭
         * - `REVOKED`: 已撤销（刷卡支付）
         * - `USERPAYING`: 用户支付中
         * - `PAYERROR`: 支付失败(其他原因，如银行返回失败)
         */
        trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
        /** 交易状态描述 */
        trade_state_desc: string;
        /** 付款银行 */
        bank_type: string;
        /** 商户数据 */
        attach?: string;
        /** 支付完成时间 */
        success_time: string;
        /** 支付者 */
        payer?: {
          /** 用户标识 */
          openid?: string;
          /** 用户标识（机构） */
          sp_openid?: string;
          /** 用户标识（特约商户） */
          sub_openid?: string;
        };
        /** 订单金额 */
        amount: Rate;
        /** 优惠功能 */
        detail?: Price4[];
      }
    >;
  };
  'hk/v3/transactions/mweb': {
    /**
     * H5支付下单
     *
     * 通过本接口提交微信支付H5支付订单
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/H5Payment/chapter3_3.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: Price11;
      },
      {
        /** 支付跳转链接 */
        mweb_url: string;
      }
    >;
  };
  'hk/v3/transactions/native': {
    /**
     * 扫码支付下单
     *
     * 通过本接口提交微信支付扫码支付订单
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter4_3.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: Price8;
      },
      {
        /** 二维码链接 */
        code_url: string;
      }
    >;
  };
  'hk/v3/transactions/out-trade-no/{out_trade_no}': {
    /**
     * 查询订单(商户订单号)
     *
     * 该接口提供所有微信支付订单的查询，商户可以通过查询订单接口主动查询订单状态，完成下一步的业务逻辑。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml
     */
    get: Op<
      {
        /**
         * 商户订单号
         * Path variable.
         */
        out_trade_no: string;
        /** Query parameters. */
        query: {
          /**
           * 商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 直连模式 (required there).
           */
          mchid?: string;
          /**
           * 子商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sub_mchid?: string;
          /**
           * 机构商户号
           * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
           */
          sp_mchid?: string;
        } & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });
      },
      Price12
    >;
  };
  'hk/v3/transactions/out-trade-no/{out_trade_no}/close': {
    /**
     * 关闭订单(商户订单号)
     *
     * 以下情况需要调用关单接口：商户订单支付失败需要生成新单号重新发起支付，要对原订单号调用关单，避免重复支付；系统下单后，用户支付超时，系统退出不再受理，避免用户继续，请调用关单接口。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml
     */
    post: Op<
      {
        /**
         * 商户订单号
         * Path variable.
         */
        out_trade_no: string;
        /** The JSON body. */
        json: SpMchid;
      },
      void
    >;
  };
  'hk/v3/transactions/out-trade-no/{out_trade_no}/reverse': {
    /**
     * 撤销订单(商户订单号)
     *
     * 支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，微信支付系统会将此订单关闭；如果用户支付成功，微信支付系统会将此订单资金退还给用户。
     *
     * Roles: 直连模式, 机构模式.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml
     */
    post: Op<
      {
        /**
         * 商户订单号
         * Path variable.
         */
        out_trade_no: string;
        /** The JSON body. */
        json: SubMchid;
      },
      void
    >;
  };
}
