import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const walletPort = Number(process.env.PORT ?? 8080);

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  worker: { format: 'es' },
  server: {
    // `vite` in dev mode talks to a mock wallet started with `npm run dev:server`.
    proxy: { '/api': `http://localhost:${walletPort}` },
  },
});
