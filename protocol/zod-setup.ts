import { z } from 'zod';

/**
 * Zod probes whether it may compile parsers with `new Function`, and a strict CSP (no
 * 'unsafe-eval') reports every probe as a violation. Jitless parsing never tries.
 */
z.config({ jitless: true });
