/**
 * Every `wxpay` subcommand. To add one, export a `Command` from `lib/cli/<name>.ts` and list it here.
 */
import { certificatesCommand } from './certificates';
import { emulatorCommand } from './emulator';
import { signedRequestCommand } from './request';
import type { Command } from './registry';

export const commands: Command[] = [emulatorCommand, certificatesCommand, signedRequestCommand];
