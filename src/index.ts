/**
 * The public entry point of canopy: re-exports src/api, the only barrel file.
 */
export * from './api/index.js';
