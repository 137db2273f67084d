export function emitSamples() { return []; }
