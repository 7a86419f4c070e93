import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { PREVIEW_HEADERS } from '../../vite.config.ts';

// The browser project tests the real thing: the production bundle, built under a sub-path
// (DESIGN.md "Commands": deployable under a sub-path), served by `vite preview`, driven by
// Debian's Chromium through playwright-core. Nothing here downloads a browser.

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app is served, with a trailing slash, e.g. http://127.0.0.1:41234/hotline/ */
    hotlineBaseUrl: string;
    /** The Chromium executable the tests launch. */
    chromiumPath: string;
  }
}

const BASE = '/hotline/';
const root = fileURLToPath(new URL('../../', import.meta.url));
// Under node_modules/ so it is never committed and never mixed up with `npm run build`'s dist/.
// One folder per run, so two runs at once (two terminals, two agents) never empty each other's build.
const cacheDir = join(root, 'node_modules/.cache/hotline-browser-test');
mkdirSync(cacheDir, { recursive: true });
const outDir = mkdtempSync(join(cacheDir, 'dist-'));
const run = promisify(execFile);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  await ensureDataset();
  await buildApp();
  const server = await startPreview();
  const { port } = server.httpServer.address() as AddressInfo;
  project.provide('hotlineBaseUrl', `http://127.0.0.1:${port}${BASE}`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

/** Debian's Chromium, or CHROMIUM_PATH. A missing browser fails the run: skipping would hide it. */
function findChromium(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new Error(
      `Browser tests need Chromium, and ${path} is not an executable file` +
        (process.env.CHROMIUM_PATH ? ' (from CHROMIUM_PATH).' : '.') +
        '\nInstall Debian\'s Chromium:  sudo apt-get update && sudo apt-get install -y chromium' +
        '\nor point CHROMIUM_PATH at an existing Chromium/Chrome binary:  CHROMIUM_PATH=/path/to/chromium npm test',
    );
  }
}

/** public/data is committed, but a fresh checkout mid-development may not have it yet. */
async function ensureDataset(): Promise<void> {
  if (existsSync(join(root, 'public/data/dataset.json'))) return;
  await step('npm run data (public/data/dataset.json is missing)', join(root, 'node_modules/.bin/tsx'), ['pipeline/run.ts']);
}

async function buildApp(): Promise<void> {
  await step(`vite build (base ${BASE})`, join(root, 'node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
    // Drop it so this is the same production bundle `npm run build` makes.
    { ...withoutNodeEnv(process.env), HOTLINE_BASE: BASE });
}

function startPreview(): Promise<PreviewServer> {
  return preview({
    root,
    configFile: false, // preview only serves files: no plugins, and no dependence on the test config
    base: BASE,
    build: { outDir },
    // Port 0: the OS picks a free port, so parallel runs never collide.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, headers: PREVIEW_HEADERS },
    logLevel: 'warn',
  });
}

/** Runs a command in the project folder; on failure the error carries its output. */
async function step(what: string, file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await run(file, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Browser test setup failed at: ${what}\n${stdout}${stderr}`, { cause: error });
  }
}

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _dropped, ...rest } = env;
  return rest;
}
