/**
 * What the browser tests (test/browser) share: Debian's Chromium driven by playwright-core, the console
 * built by Vite, a poll with room for a loaded machine, and signing in through the console's local form.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..');
// CI installs Chromium (.ci/run); elsewhere, without it, say so instead of failing obscurely.
export const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);

/** Where a browser test's screenshots go: test-results/NAME. */
export const shotsDir = (name: string) => join(root, 'test-results', name);

/** A poll with room for a loaded machine (vitest's default waits one second). */
export const soon = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** Headless Chromium, quiet: no network of its own, no first-run work. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The console as `npm start` serves it, built by Vite: into console/dist, or into outDir (so browser tests never rebuild under each other). */
export async function buildConsole(outDir?: string): Promise<void> {
  await build({ configFile: join(root, 'console', 'vite.config.ts'), ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}), logLevel: 'warn' });
}

export type Role = 'reviewer' | 'editor' | 'submitter';

/**
 * Signs in through the console's local form as name, in role, and waits until the header says so.
 * fresh: forget the page's session first (signing in someone else on the same page).
 * emptyForm: check the name field is empty and required (nobody signs in under a shared default name).
 */
export async function signIn(page: Page, base: string, name: string, role: Role, opts: { fresh?: boolean; emptyForm?: boolean } = {}) {
  await page.goto(base + '/');
  if (opts.fresh) {
    await page.evaluate(() => (globalThis as any).sessionStorage.clear());
    await page.goto(base + '/');
  }
  const field = page.getByLabel('Your name');
  if (opts.emptyForm) {
    expect(await field.inputValue()).toBe('');
    expect(await field.getAttribute('required')).not.toBeNull();
  }
  await field.fill(name);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await soon(() => page.locator('header .who').textContent()).toBe(`Signed in as ${name}`);
}
