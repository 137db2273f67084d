/**
 * The seed page (查询重采请求接口, GET /v3/offlineface/face-collections) in its six spellings —
 * three chain styles, each asynchronous (`…Async().then().wait()`) and synchronous-looking
 * (`await …get()`) — run against an embedded emulator. Run: `npm run build && npx tsc -p
 * tsconfig.examples.json && node dist/examples/face-collections.js`.
 */
import { Builder } from 'wechatpay-chain';
import { DEMO_ORGANIZATION_ID, Emulator } from 'wechatpay-chain/emulator';

export async function main(log: (line: string) => void = (line) => console.log(line)): Promise<void> {
  const emulator = await Emulator.start();
  try {
    const instance = Builder.factory(emulator.clientOptions());
    const print = (label: string, data: unknown): void => {
      log(`${label}: ${JSON.stringify(data)}`);
    };
    const query = { organization_id: DEMO_ORGANIZATION_ID, offset: 0, limit: 2 };

    // 异步纯链式 (async, pure chain)
    await instance.v3.offlineface.faceCollections
      .getAsync({ query })
      .then((response) => {
        print('async chain', response.data);
      })
      .wait();

    // 异步声明式 (async, declared path)
    await instance
      .chain('v3/offlineface/face-collections')
      .getAsync({ query: { ...query, offset: 2 } })
      .then((response) => {
        print('async chain()', response.data);
      })
      .wait();

    // 异步属性式 (async, property path)
    await instance['v3/offlineface/face-collections']
      .getAsync({ query: { ...query, offset: 4 } })
      .then((response) => {
        print('async [path]', response.data);
      })
      .wait();

    // 同步纯链式 (sync-looking, pure chain)
    let response = await instance.v3.offlineface.faceCollections.get({ query: { ...query, offset: 6 } });
    print('sync chain', response.data);

    // 同步声明式 (sync-looking, declared path)
    response = await instance.chain('v3/offlineface/face-collections').get({ query: { ...query, offset: 8 } });
    print('sync chain()', response.data);

    // 同步属性式 (sync-looking, property path)
    response = await instance['v3/offlineface/face-collections'].get({ query: { ...query, offset: 10 } });
    print('sync [path]', response.data);
  } finally {
    await emulator.close();
  }
}

if (require.main === module) {
  main().then(
    () => {
      process.exitCode = 0;
    },
    (err: unknown) => {
      console.error(`face-collections failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
