/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app: scripts, styles and data from its own origin,
 * no eval (zod runs jitless), nothing embedded, no <base> tricks. Shipped as a meta tag so
 * any static host applies it; `frame-ancestors` only works as a header (browsers ignore it,
 * with a console error, in a meta tag), so `vite preview` adds it there.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Headers `npm run preview` sends (and the browser tests' server, so they test the same). */
export const PREVIEW_HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Build only: the dev server's React refresh runtime is an inline script that a CSP would block.
const cspMetaTag = (): Plugin => ({
  name: 'hotline-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head' }],
});

// HOTLINE_BASE sets the sub-path the static build is served under (e.g. /hotline/).
const base = process.env.HOTLINE_BASE ?? '/';

export default defineConfig({
  base,
  plugins: [react(), cspMetaTag()],
  preview: { headers: PREVIEW_HEADERS },
  build: { target: 'es2022', sourcemap: false },
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/components/**/*.test.tsx'],
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
