import { z } from 'zod';

/**
 * Zod, as every protocol schema uses it. Zod probes whether it may compile parsers with
 * `new Function`, and the PWA's strict CSP (no 'unsafe-eval') reports each probe as a
 * violation; so in a browser it parses jitless. Configured here, in the module every schema
 * imports, because the bundler may place the schemas in a chunk that runs before the app's own
 * code. The server keeps the compiled parsers.
 */
if ('document' in globalThis) z.config({ jitless: true });

export { z };
