import { defineConfig } from 'vite';

/** The reviewer console: a static site, served by `npm start` at / and deployed to S3 + CloudFront. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  logLevel: 'warn',
});
