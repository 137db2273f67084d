export function emitConsumer() { return []; }
