import './bench-smoke/smoke-flag.ts';
import './bench-decode/register-zxing.ts';

// Imported after the hook above is in place, so Node resolves @zxing/library through it.
await import('./bench-decode/main.ts');
