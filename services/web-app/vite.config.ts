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
    // every screen is its own chunk (React.lazy in routes.tsx); the libraries below get theirs, so
    // a release that changes a screen leaves the large, cached library files alone
    // antd (every component the screens use, with its CSS-in-JS) is ~1.15 MB minified, 356 kB gzip
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs|@babel[\\/]runtime|classnames|@emotion|stylis|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|resize-observer-polyfill|json2mq|toggle-selection|copy-to-clipboard|string-convert)[\\/]/,
              priority: 20,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 10 },
          ],
        },
      },
    },
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
