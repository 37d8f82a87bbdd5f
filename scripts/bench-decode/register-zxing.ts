import { register } from 'node:module';

register('./zxing-named-exports.mjs', import.meta.url);
