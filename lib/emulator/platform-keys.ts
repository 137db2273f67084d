/**
 * The platform's signing keys as they change while the emulator runs: the current identity and the
 * answer signer made from it, the certificates `GET /v3/certificates` lists, and rotation.
 */
import { AnswerSigner } from './answer';
import { generateRsa, platformCertificate, type PlatformIdentity, type PlatformInfo } from './identity';
import { randomSerial } from './x509';

export class PlatformKeys {
  private current: PlatformIdentity;
  private answerSigner: AnswerSigner;
  private readonly extra: string[] = [];

  constructor(identity: PlatformIdentity) {
    this.current = identity;
    this.answerSigner = new AnswerSigner(identity);
  }

  /** The full identity including private keys. */
  get identity(): PlatformIdentity {
    return this.current;
  }

  /** Signs answers with the current identity. */
  get signer(): AnswerSigner {
    return this.answerSigner;
  }

  /** The public part: certificate (with serial) and public key (with id). */
  get info(): PlatformInfo {
    const { serial, certificate, publicKeyId, publicKey } = this.current;
    return { serial, certificate, publicKeyId, publicKey };
  }

  /** Listed certificates (PEM): the current one first. */
  certificates(): string[] {
    return [this.current.certificate, ...this.extra];
  }

  /** Also list this certificate. */
  add(pem: string): void {
    this.extra.push(pem);
  }

  /** A new certificate (same CA, new key and serial) signs from now on; the old one stays listed unless `keepOld` is false. */
  async rotate(clock: () => number, options: { keepOld?: boolean; serial?: string }): Promise<PlatformInfo> {
    const old = this.current;
    const pair = await generateRsa();
    const now = clock();
    const serial = options.serial ?? randomSerial();
    const certificate = platformCertificate(pair.publicKey, old.ca.privateKey, serial, now);
    this.current = { ...old, serial, certificate, certificateKey: pair.privatePem };
    this.answerSigner = new AnswerSigner(this.current);
    if (options.keepOld !== false) this.extra.push(old.certificate);
    return this.info;
  }
}
