export function emitDocs() { return []; }
