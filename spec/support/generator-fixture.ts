/** A miniature data tree holding one of each irregularity the real data has. */
export const FIXTURE: Record<string, string> = {
  'swagger.yaml': `swagger: '2.0'
tags:
  - name: 演示
paths:
  /v3/demo/items/{item_id}:
    $ref: ./v3/demo/items/{item_id}.yaml
  /pay/demo:
    $ref: ./v2/pay/demo.yaml
`,
  'v3/demo/items/{item_id}.yaml': `get:
  x-last-updated-at: 2022.11.14
  tags: [演示]
  summary: 查询条目
  description: 含 */ 的说明 [官方文档](https://example.com/doc)
  parameters:
    - name: use_id
      in: path
      type: string
    - name: mode
      in: query
      require: true
      type: string
      enum:
        - YES #是
        - NO #否
  responses:
    '200':
      schema:
        type: object
        required: [state, ghost]
        properties:
          state:
            type: stringde
            enum: [1, 2]
          amount:
            type: object
            properties:
            total:
              type: integer
          base:
            $ref: '../../../definitions/Demo.yaml#Base'
          dotted:
            $ref: '../../../definitions/Demo.yaml#/dotted.name'
          'payer _currency':
            type: 早餐2份
          list:
            type: array
`,
  'v3/demo/items/{item_id}/delete.yaml': `post:
  tag: 演示
  depracted: true
  summary: 删除条目
  parameters:
    - name: item_id
      in: path
      type: string
  responses:
    '204': {}
`,
  'v3/demo/list/{empty}.yaml': `post:
  tags: [演示]
  summary: 尾斜杠
  parameters:
    - name: _
      in: body
      required: true
      schema:
        type: object
        properties:
          a: { type: string }
  responses:
    '200': { schema: { type: object, properties: { ok: { type: boolean } } } }
`,
  'v3/demo/files/download.yaml': `get:
  summary: 下载
  parameters: []
  responses:
    200: {}
`,
  'v3/demo/media/upload.yaml': `post:
  summary: 上传
  consumes: [multipart/form-data]
  parameters:
    - { name: file, in: formData, type: file, required: true }
    - { name: meta, in: formData, type: string, required: true }
  responses:
    200: { schema: { type: object, properties: { media_id: { type: string } } } }
`,
  'v3/certificates.yaml': `get:
  summary: 平台证书
  responses:
    200: { schema: { type: object, properties: { data: { type: array, items: { type: object } } } } }
`,
  'v2/pay/demo.yaml': `post:
  x-api-cert-required: true
  x-base-uri: https://fraud.mch.weixin.qq.com/
  summary: 旧接口
  consumes: [application/xml]
  parameters:
    - name: _
      in: body
      required: true
      schema:
        type: object
        required: [mch_id, nonce_str, sign, total_fee]
        properties:
          mch_id: { type: string }
          nonce_str: { type: string }
          sign: { type: string }
          total_fee: { type: integer }
          workwx_sign: { type: string, required: true }
  responses:
    '200':
      schema:
        type: object
        properties:
          total_fee: { type: integer }
`,
  'v2/pay/orderquery.yaml': `post:
  summary: 查询订单
  consumes: [application/xml]
  parameters:
    - name: _
      in: body
      required: true
      schema:
        type: object
        required: [mch_id, transaction_id, out_trade_no, nonce_str, sign]
        properties:
          mch_id: { type: string }
          transaction_id: { type: string, example: '4200000001' }
          out_trade_no: { type: string, example: T1 }
          nonce_str: { type: string }
          sign: { type: string }
  responses:
    '200': { schema: { type: object, properties: { trade_state: { type: string } } } }
`,
  'hk/v3/transactions/id/{transaction_id}.yaml': `get:
  x-role: [直连模式, 机构模式]
  summary: 查询订单
  parameters:
    - { name: transaction_id, in: path, type: string, required: true }
    - { name: mchid, in: query, type: string, required: true }
    - { name: sp_mchid, in: query, type: string, required: true }
    - { name: sub_mchid, in: query, type: string, required: true }
  responses:
    200: { schema: { type: object, properties: { trade_state: { type: string } } } }
`,
  'hk/v3/certificates.yaml': `get:
  summary: 香港平台证书
  responses:
    200: { schema: { type: object, properties: { data: { type: array, items: { type: object } } } } }
`,
  'global/v3/customs/orders.yaml': `post:
  summary: 报关
  parameters:
    - { name: _, in: body, required: true, schema: { type: object, properties: { customs: { type: string } } } }
  responses:
    200: { schema: { type: object, properties: { state: { type: string } } } }
`,
  'definitions/Demo.yaml': `Base:
  type: object
  properties:
    id: { type: string }
dotted.name:
  type: object
  properties:
    n: { type: number }
`,
};
