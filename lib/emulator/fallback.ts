/**
 * Answers for APIs the emulator has no route for. Owned by the typed-endpoints work, which replaces
 * the body with sample answers from the endpoint catalogue; `undefined` means 404.
 */
export function sampleAnswer(method: string, pathname: string): { status: number; body?: unknown } | undefined {
  void method;
  void pathname;
  return undefined;
}
