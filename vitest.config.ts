import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import CountReporter from './tests/count-reporter.js';

// Node tests run in a zone that is not UTC, so a date read as local time fails them.
process.env.TZ = 'America/New_York';

/** The system Chromium the browser tests drive; test tools cannot download their own here. */
function findChromium(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen && !existsSync(chosen)) {
    throw new Error(`CHROMIUM_PATH is set to ${chosen}, but there is no file there. Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.`);
  }
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${candidates.join(', ')}). The browser tests need one: ` +
        'install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * A browser command (it runs in Node): server-renders the article timeline with @lit-labs/ssr, in a
 * child process so the SSR DOM shim never enters the test runner. Needs the build (`npm test` builds).
 */
const renderArticleOnServer = () => execFileSync(process.execPath, ['scripts/render-ssr.mjs'], { encoding: 'utf8' });

export default defineConfig({
  test: {
    reporters: ['default', new CountReporter()],
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          environment: 'node',
          // Some tests read data past the caps (hundreds of thousands of events): a second or two here,
          // several times that on a 2-core machine busy with the browser tests beside them.
          testTimeout: 20_000,
        },
      },
      {
        // Pre-bundled up front, so Vite never reloads a test midway to add a dependency it just found.
        optimizeDeps: { include: ['@lit-labs/ssr-client/lit-element-hydrate-support.js', 'axe-core', 'dompurify', 'fast-check', 'lit/directive.js'] },
        test: {
          name: 'chromium',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 20_000,
          // A poll waits for what comes after an idle moment or a chunk's load; under a full run's load
          // that can take longer than Vitest's default second. Longer waits only slow a failing test.
          expect: { poll: { timeout: 5_000 } },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            viewport: { width: 1000, height: 800 },
            provider: playwright({
              launchOptions: {
                executablePath: findChromium(),
                args: [
                  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
                  '--disable-component-update', '--disable-sync', '--no-first-run',
                ],
              },
              contextOptions: { timezoneId: 'America/New_York', locale: 'en-GB' },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { renderArticleOnServer },
          },
        },
      },
    ],
  },
});
