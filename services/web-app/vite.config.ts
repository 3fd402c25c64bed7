/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves the build from its classpath (public/): Maven packages target/classes/public
// into the web-app jar. `npm run dev` proxies the API and the config to a gateway on :8080.
const gateway = process.env.EQIP_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': gateway,
      '/health': gateway,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    // 2 shared cores on CI: AntD renders slowly under load
    testTimeout: 30_000,
    setupFiles: ['src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
