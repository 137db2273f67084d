export function emitCatalogue() { return []; }
