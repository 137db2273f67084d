/** The package version (kept equal to package.json by `npm run lint`). */
export const VERSION = '0.1.0';
