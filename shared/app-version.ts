/** Bidmap's version (package.json's, checked by a test): written into every .bidmap file and printed by the CLI. */
export const APP_VERSION = '0.1.0';
